"""ingest → nlp → extract → (link) → ArticleGraph: the only module that knows every stage."""
from __future__ import annotations

import itertools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc

from . import gazetteer as gazetteer_mod
from . import limits
from . import lexicon as lexicon_mod
from . import nlp as nlp_mod
from .config import Settings
from .errors import DataFileError, InputError
from .extract.entities import demonym_mentions, find_mentions
from .extract.events import EventExtractor
from .extract.relations import extract_relations
from .extract.syntax import reading
from .gazetteer import normalise
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
    entities: int = 0  # distinct entities (a streaming build counts them)
    present: int = 0  # already in the store in the same version: not built again
    triples: int = 0  # lines written, before merging (a streaming build)
    seconds: float = 0.0

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
    whole = doc.text  # (Span.text joins the sentence's tokens: each sentence is sliced from this instead)
    for sent in doc.sents:
        raw = whole[sent.start_char:sent.end_char]
        text = raw.strip()
        if not text:
            continue
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        is_title = article.title is not None and start < article.body_start
        out.append((sent, Sentence(start, start + len(text), text, is_title)))
    return out


def analyse(doc: Doc, article: Article, lang: str, make_doc) -> ArticleGraph:
    """Everything news-kg extracts from one parsed article."""
    gz = gazetteer_mod.default()
    lex = lexicon_mod.default(lang)
    with reading(doc):
        idx = find_mentions(doc, gz, lex, article.published, make_doc)
        sents = sentences_of(doc, article)
        events = EventExtractor(lex, gz).extract(doc, sents, idx, article.published)
        relations = extract_relations(doc, sents, idx, gz, lang)
        mentions = sorted(idx.mentions + demonym_mentions(doc, idx), key=lambda m: (m.start, m.end))
    used = {k for e in events for k in (e.source, e.target, e.place, e.reported_by, *e.participants) if k}
    used |= {k for r in relations for k in (r.subject, r.object)}
    used |= {m.entity for m in mentions}
    # only what the article names or uses: a capital read as its state leaves no city behind
    entities = {k: (idx.entities.get(k) or gz.entities[k]) for k in sorted(used)}
    home = lambda k: (entities[k].country or k) if k in entities else k  # noqa: E731
    # a place where a foreign actor acted ("Erdogan in Moscow"); a capital where only its own state's people
    # spoke ("Hua Chunying told a briefing in Beijing") is the state's seat, read by annotators as the state
    places = {e.place for e in events if e.place and not (e.source and home(e.source) == entities[e.place].country)}
    said = {}  # entity -> the words the article names it with
    for m in mentions:
        said.setdefault(m.entity, set()).add(normalise(m.text))
    for k, ent in entities.items():
        if ent.type == "Place" and ent.country and ent.qid and (
                k not in places or said.get(k, set()) & said.get(ent.country, set())):
            # a city named in passing ("the embassy in Paris") keeps its name and loses its id: readers and
            # annotators take a bare capital for its state, and a wrong id is worse than none; so does a
            # capital the same article also names its state by ("Washington said…", "talks in Washington")
            entities[k] = replace(ent, qid=None)
    return ArticleGraph(article=article, sentences=[s for _, s in sents], entities=entities,
                        mentions=mentions, events=dedupe(events), relations=relations)


def dedupe(events):
    """One event per (code, source, target) and sentence: a trigger found twice counts once."""
    seen, out = set(), []
    for e in events:
        key = (e.cameo, e.source, e.target, e.sentence.start)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


@dataclass
class Outcome:
    """What became of one input item: its graph, or why it was skipped or failed."""

    origin: str
    graph: ArticleGraph | None = None
    skipped: str | None = None
    failed: str | None = None


def check_article(item: Article | IngestProblem, settings: Settings, lang: str | None,
                  supported: set[str]) -> Article | Outcome:
    """The one place where each article is checked before spaCy sees it (input limits and the
    like plug in here): the article with its language set, or the Outcome that refuses it."""
    if isinstance(item, IngestProblem):
        if item.skipped:  # a duplicate: nothing wrong with the run
            log.warning("%s: %s", item.origin, item.problem)
            return Outcome(item.origin, skipped=item.problem)
        log.error("%s: %s", item.origin, item.problem)
        return Outcome(item.origin, failed=item.problem)
    try:  # input limits (kg.limits): size refused; runs and over-long sentences cut before spaCy
        item = limits.prepare(item, settings)
    except InputError as e:
        log.error("%s: %s", e.origin, e.problem)
        return Outcome(item.origin, skipped=e.problem)
    code = article_language(item, lang, settings)
    if code not in supported:
        msg = f"language '{code}' is not supported (supported: {', '.join(sorted(supported))}); skipped"
        log.warning("%s: %s", item.origin, msg)
        return Outcome(item.origin, skipped=msg)
    return replace(item, lang=code)


# Characters per nlp() call: a longer article is parsed in parts cut at paragraph ends (the parser
# and NER need memory in proportion to the text; spaCy refuses texts over nlp.max_length).
PART_CHARS = 100_000


def part_limit(nlp) -> int:
    return min(PART_CHARS, nlp.max_length)


def split_text(text: str, limit: int) -> list[str]:
    """Parts of at most `limit` characters whose concatenation is `text` exactly, cut after a blank
    line where possible, else after a line or sentence end, else at a space (else anywhere)."""
    parts, start, n = [], 0, len(text)
    while n - start > limit:
        window = text[start:start + limit]
        cut = -1
        for sep in ("\n\n", "\n", ". ", " "):
            at = window.rfind(sep)
            if at > 0:
                cut = at + len(sep)
                break
        cut = cut if cut > 0 else limit
        parts.append(text[start:start + cut])
        start += cut
    parts.append(text[start:])
    return parts


def parse_long(nlp, text: str, settings: Settings) -> Doc:
    """An article over the model's size limit, parsed in parts and joined into one Doc over the
    whole text, so sentence and mention offsets index into the full article."""
    parts = split_text(text, part_limit(nlp))
    return Doc.from_docs(list(nlp.pipe(parts, batch_size=settings.batch_size)), ensure_whitespace=False)


def extract_articles(items: list[Article | IngestProblem], settings: Settings | None = None,
                     lang: str | None = None) -> list[Outcome]:
    """Parse and extract a chunk of articles: a pure function of its inputs (spaCy models are loaded
    once per process), so worker processes and cluster nodes can run it. One Outcome per item, in order."""
    settings = settings or Settings()
    supported = set(supported_languages())
    out: list[Outcome | None] = [None] * len(items)
    by_lang: dict[str, list[tuple[int, Article]]] = {}
    for i, item in enumerate(items):
        checked = check_article(item, settings, lang, supported)
        if isinstance(checked, Outcome):
            out[i] = checked
        else:
            by_lang.setdefault(checked.lang, []).append((i, checked))
    for code, members in by_lang.items():
        nlp = nlp_mod.load(code, settings.models.get(code))
        limit = part_limit(nlp)
        short = [(i, a) for i, a in members if len(a.full_text) <= limit]

        def skip(i, art, why):  # over the wall-clock budget (kg.limits): skipped, the run goes on
            out[i] = Outcome(art.origin, skipped=why)

        parsed = limits.parsed_within_budget(nlp, short, settings, skip)
        long_ = limits.each_within_budget([(i, a) for i, a in members if len(a.full_text) > limit],
                                          lambda text: parse_long(nlp, text, settings), settings, skip)
        for (i, art), doc in itertools.chain(parsed, long_):
            try:
                with limits.budget(settings.doc_seconds, art.origin):
                    out[i] = Outcome(art.origin, graph=analyse(doc, art, code, nlp.make_doc))
            except limits.OverBudget as e:
                out[i] = Outcome(art.origin, skipped=limits.over_budget_reason(e))
            except DataFileError:
                raise  # a broken lexicon or gazetteer breaks every article: stop at once
            except Exception as e:  # one article's failure never stops the run
                log.exception("%s: extraction failed", art.origin)
                out[i] = Outcome(art.origin, failed=f"extraction failed: {e}")
    return out  # type: ignore[return-value]


def tally(outcome: Outcome, report: BuildReport) -> ArticleGraph | None:
    """Count an outcome in the report; its graph, if any."""
    if outcome.failed:
        report.failed.append((outcome.origin, outcome.failed))
    elif outcome.skipped:
        report.skipped.append((outcome.origin, outcome.skipped))
    elif outcome.graph is not None:
        report.articles += 1
        report.events += len(outcome.graph.events)
    return outcome.graph


def process(articles: Iterable[Article | IngestProblem], settings: Settings | None = None,
            lang: str | None = None, report: BuildReport | None = None) -> Iterator[ArticleGraph]:
    """Parse and extract a stream of articles, read lazily, a chunk of `batch_size` at a time."""
    settings = settings or Settings()
    report = report if report is not None else BuildReport()
    for chunk in chunked(articles, settings.batch_size):
        for outcome in extract_articles(chunk, settings, lang):
            graph = tally(outcome, report)
            if graph is not None:
                yield graph


def chunked(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def build(paths: list[str], settings: Settings | None = None, lang: str | None = None,
          report: BuildReport | None = None) -> Iterator[ArticleGraph]:
    return process(read_inputs(paths, settings), settings, lang, report)
