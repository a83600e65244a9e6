"""Plain dataclasses passed between the NLP stages and the RDF writer (no spaCy, no rdflib here)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news article as read from its file, before any NLP."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    lang: str | None = None
    source: str | None = None
    origin: str = "-"  # file (and line) it came from, for messages

    @property
    def full_text(self) -> str:
        """Title and body as one string: offsets everywhere index into it."""
        return f"{self.title}\n\n{self.text}" if self.title else self.text

    @property
    def body_start(self) -> int:
        return len(self.title) + 2 if self.title else 0


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    is_title: bool = False


@dataclass(frozen=True)
class Entity:
    """A real-world actor or place; `key` is its identity across articles."""

    key: str  # "Q7747" or "Person:john-kirby"
    type: str  # Person | Organization | Country | Place | Media
    label: str
    qid: str | None = None
    labels: tuple[tuple[str, str], ...] = ()  # (lang, label) pairs from the gazetteer
    country: str | None = None  # key of the country it belongs to / acts for


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    entity: str  # Entity.key
    via: str = "ner"  # gazetteer | ner | alias | description | demonym | pronoun


@dataclass(frozen=True)
class Event:
    cameo: str
    sentence: Sentence
    trigger: str
    trigger_start: int
    trigger_end: int
    source: str | None = None
    target: str | None = None
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: date | None = None
    date_text: str | None = None
    factuality: str = "asserted"
    reported_by: str | None = None
    confidence: float = 0.5
    pattern: str = ""

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str
    sentence: Sentence
    pattern: str = ""


@dataclass
class ArticleGraph:
    """Everything extracted from one article: the unit the RDF writer turns into one named graph."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
