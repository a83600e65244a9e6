"""spaCy pipelines per language, resolved from a preference list and loaded once."""
from __future__ import annotations

import importlib.util
import logging
from functools import lru_cache

from .config import DEFAULT_MODELS
from .errors import ModelError

log = logging.getLogger(__name__)


def resolve_model(lang: str, preferences: tuple[str, ...] | None = None) -> str:
    """The first installed model of the preference list for `lang`."""
    prefs = preferences or DEFAULT_MODELS.get(lang)
    if not prefs:
        raise ModelError(f"no spaCy model known for language '{lang}'; supported: {sorted(DEFAULT_MODELS)}")
    for name in prefs:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError(
        f"no spaCy model installed for '{lang}'; install one of: {', '.join(prefs)} "
        f"(e.g. pip install {prefs[0]})"
    )


@lru_cache(maxsize=None)
def load(lang: str, preferences: tuple[str, ...] | None = None):
    import spacy

    name = resolve_model(lang, preferences)
    log.info("loading spaCy model %s for '%s'", name, lang)
    return spacy.load(name)
