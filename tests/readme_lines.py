"""Run a README's command lines as a builder would type them, for the tests that keep the lexicon
README's walkthroughs true (`test_lexicon_readme`, `test_user_lexicons`).

A block is the fenced code after an HTML comment naming the test that runs it; its lines are
`mkdir DIR`, `echo '...' > FILE` and `framing ...` commands.  The classifier is left out of
`report` and `compare` (`--no-model`): these walkthroughs are about lexicons, and it only slows them.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner, Result

from framing.cli import app

README = Path(__file__).resolve().parents[1] / "lexicons" / "README.md"


def block(marker: str) -> list[str]:
    """The non-blank lines of the fenced block right after `<!-- {marker} -->` in lexicons/README.md."""
    text = README.read_text(encoding="utf-8")
    fenced = text.split(f"<!-- {marker} -->\n```\n", 1)[1].split("```", 1)[0]
    return [line for line in fenced.splitlines() if line.strip()]


def run_lines(lines: list[str], folder: Path) -> dict[str, Result]:
    """Each line run in `folder` (the caller has chdir'd there); each command's result under its first
    two words after `framing` ("lexicon validate", "report news/"). A command that fails fails the test."""
    out: dict[str, Result] = {}
    for line in lines:
        if line.startswith("mkdir "):
            (folder / line.split()[1]).mkdir()
        elif line.startswith("echo "):
            content, target = re.fullmatch(r"echo '(.*)' > (\S+)", line).groups()
            (folder / target).write_text(content + "\n", encoding="utf-8")
        else:
            args = shlex.split(line)
            assert args[0] == "framing", line
            if args[1] in ("report", "compare"):
                args.append("--no-model")
            result = CliRunner().invoke(app, args[1:])
            assert result.exit_code == 0, (line, result.output)
            out[" ".join(args[1:3])] = result
    return out
