"""Regular expressions compiled on first use, so that `import framing` does not compile them all.

The name patterns carry a character class of some 300 accented capitals (`name_words.capitalised`);
compiling the twenty of them, and the boilerplate rules, took about a sixth of `import framing`,
paid by every `framing --help` and every worker process, whether or not an article is read.

A `LazyPattern` stands where the compiled pattern stood (`NAME_RE = compile_lazily(r"...")`) and
is used the same way (`NAME_RE.match(text, pos)`).  The first use compiles the pattern (once) and
keeps the compiled pattern's methods as the object's own attributes, so every later call finds
them at once, with no indirection left on the hot path.  `.pattern` is the source string from the
start, so patterns built from other patterns' sources stay lazy too.
"""

from __future__ import annotations

import re
from typing import Any

# What a caller may ask of a compiled pattern; all are set on the object at its first use.
_ATTRIBUTES = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "scanner",
               "flags", "groups", "groupindex")


class LazyPattern:
    """A compiled regex, compiled on its first use; see the module's docstring."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        # Only reached while an attribute is missing, i.e. before the first use (or for a name a
        # compiled pattern does not have either, which then raises as it would there).
        compiled = self.compiled()
        return getattr(compiled, name)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiling it now if it is not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _ATTRIBUTES:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def compile_lazily(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, done at the pattern's first use instead of now."""
    return LazyPattern(pattern, flags)
