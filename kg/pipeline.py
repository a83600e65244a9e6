"""ingest → nlp → extract → (link) → ArticleGraph: the only module that knows every stage."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from . import gazetteer as gazetteer_mod
from . import lexicon as lexicon_mod
from . import nlp as nlp_mod
from .config import Settings
from .errors import DataFileError
from .extract.entities import find_mentions
from .extract.events import EventExtractor
from .extract.relations import extract_relations
from .ingest import IngestProblem, read_inputs
from .language import detect
from .model import Article, ArticleGraph, Mention, Sentence

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    articles: int = 0
    events: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (origin, reason)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def supported_languages() -> list[str]:
    from . import resources

    return resources.languages()


def article_language(article: Article, forced: str | None, settings: Settings) -> str | None:
    if forced:
        return forced
    if article.lang:
        return article.lang.lower()[:2]
    lang, _prob = detect(article.full_text)
    return lang


def sentences_of(doc: Doc, article: Article) -> list[tuple]:
    """Sentences as (spaCy span, model Sentence); the title is a sentence of its own."""
    out = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        is_title = article.title is not None and start < article.body_start
        out.append((sent, Sentence(start, start + len(text), text, is_title)))
    return out


def analyse(doc: Doc, article: Article, lang: str, make_doc) -> ArticleGraph:
    """Everything news-kg extracts from one parsed article."""
    gz = gazetteer_mod.default()
    lex = lexicon_mod.default(lang)
    idx = find_mentions(doc, gz, lex, article.published, make_doc)
    sents = sentences_of(doc, article)
    events = EventExtractor(lex, gz).extract(doc, sents, idx, article.published)
    relations = extract_relations(doc, sents, idx, gz, lang)
    used = {k for e in events for k in (e.source, e.target, e.place, e.reported_by, *e.participants) if k}
    used |= {k for r in relations for k in (r.subject, r.object)}
    used |= {m.entity for m in idx.mentions}
    # only what the article names or uses: a capital read as its state leaves no city behind
    entities = {k: (idx.entities.get(k) or gz.entities[k]) for k in sorted(used)}
    return ArticleGraph(article=article, sentences=[s for _, s in sents], entities=entities,
                        mentions=list(idx.mentions), events=dedupe(events), relations=relations)


def dedupe(events):
    """One event per (code, source, target) and sentence: a trigger found twice counts once."""
    seen, out = set(), []
    for e in events:
        key = (e.cameo, e.source, e.target, e.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def process(articles: Iterable[Article | IngestProblem], settings: Settings | None = None,
            lang: str | None = None, report: BuildReport | None = None) -> Iterator[ArticleGraph]:
    """Parse and extract a stream of articles, grouped by language and batched through nlp.pipe."""
    settings = settings or Settings()
    report = report if report is not None else BuildReport()
    supported = set(supported_languages())
    pending: dict[str, list[Article]] = {}

    def flush(code: str) -> Iterator[ArticleGraph]:
        batch = pending.pop(code, [])
        if not batch:
            return
        nlp = nlp_mod.load(code, settings.models.get(code))
        texts = (a.full_text for a in batch)
        for art, doc in zip(batch, nlp.pipe(texts, batch_size=settings.batch_size)):
            try:
                graph = analyse(doc, art, code, nlp.make_doc)
            except DataFileError:
                raise  # a broken lexicon or gazetteer breaks every article: stop at once
            except Exception as e:  # one article's failure never stops the run
                log.exception("%s: extraction failed", art.origin)
                report.failed.append((art.origin, f"extraction failed: {e}"))
                continue
            report.articles += 1
            report.events += len(graph.events)
            yield graph

    for item in articles:
        if isinstance(item, IngestProblem):
            log.error("%s: %s", item.origin, item.problem)
            report.failed.append((item.origin, item.problem))
            continue
        if len(item.full_text) > settings.max_chars:
            msg = f"document too large ({len(item.full_text)} characters; limit {settings.max_chars})"
            log.error("%s: %s", item.origin, msg)
            report.skipped.append((item.origin, msg))
            continue
        code = article_language(item, lang, settings)
        if code not in supported:
            msg = f"language '{code}' is not supported (supported: {', '.join(sorted(supported))}); skipped"
            log.warning("%s: %s", item.origin, msg)
            report.skipped.append((item.origin, msg))
            continue
        pending.setdefault(code, []).append(replace(item, lang=code))
        if len(pending[code]) >= settings.batch_size:
            yield from flush(code)
    for code in list(pending):
        yield from flush(code)


def build(paths: list[str], settings: Settings | None = None, lang: str | None = None,
          report: BuildReport | None = None) -> Iterator[ArticleGraph]:
    return process(read_inputs(paths), settings, lang, report)
