"""Regular expressions compiled on first use, so that `import framing` does not compile them all.

The name patterns carry a character class of some 300 accented capitals (`name_words.capitalised`);
compiling the twenty of them, and the boilerplate rules, took about a sixth of `import framing`,
paid by every `framing --help` and every worker process, whether or not an article is read.

A `LazyPattern` stands where the compiled pattern stood (`NAME_RE = compile_lazily(r"...")`) and
is used the same way (`NAME_RE.match(text, pos)`).  Its first use compiles the pattern, once, and
puts the compiled pattern's methods on the object as its own attributes, so every later call is
one look-up away from `re` (no wrapper call, no `__getattr__` hook).

`.pattern` is the source string from the start, so patterns built from other patterns' sources
stay lazy too.
"""

from __future__ import annotations

import re
from typing import Any

_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split", "scanner")


_MADE: list[LazyPattern] = []  # every lazy pattern made, for compile_all


class LazyPattern:
    """A compiled regex, compiled on its first use; see the module's docstring."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiling it now if it is not yet)."""
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:  # an instance attribute hides the method of the same name below
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    # Each method is called at most once per object: compiled() puts the pattern's own in its place.
    def match(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().match(*args, **kwargs)

    def fullmatch(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().fullmatch(*args, **kwargs)

    def search(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().search(*args, **kwargs)

    def finditer(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().finditer(*args, **kwargs)

    def findall(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().findall(*args, **kwargs)

    def sub(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().sub(*args, **kwargs)

    def subn(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().subn(*args, **kwargs)

    def split(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().split(*args, **kwargs)

    def scanner(self, *args: Any, **kwargs: Any) -> Any:
        return self.compiled().scanner(*args, **kwargs)

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groups(self) -> int:
        return self.compiled().groups

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self._flags!r})"


def compile_lazily(pattern: str, flags: int = 0) -> LazyPattern:
    """`re.compile(pattern, flags)`, done at the pattern's first use instead of now."""
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compile every lazy pattern made so far, and say how many there are: for a measurement
    that must not count a one-off compile inside the articles it times (benchmarks/instructions.py)."""
    for lazy in _MADE:
        lazy.compiled()
    return len(_MADE)
