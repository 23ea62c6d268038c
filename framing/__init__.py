"""framing: compare how news outlets frame the same events.

    >>> import framing
    >>> result = framing.analyze('Lavrov dismissed Zelensky as "pathetic".')
    >>> [(s.text, s.type, s.voice) for s in result.spans if s.type == "loaded"]
    [('pathetic', 'loaded', 'quoted')]
"""

from framing.models import Analysis, Article, IngestError, Span
from framing.pipeline import Analyzer, analyze, analyze_corpus

__all__ = ["Analysis", "Analyzer", "Article", "IngestError", "Span", "analyze", "analyze_corpus"]
__version__ = "0.1.0"
