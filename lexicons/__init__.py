"""The packaged lexicons: plain TSV data files, installed as `framing.lexicons` (see README.md here)."""
