"""Why did (or didn't) news-kg find an event? Prints the parse, the mentions, the triggers and the events
of a text, one sentence at a time.

    .venv/bin/python tools/explain.py --lang fr "La France a condamné l'offensive azerbaïdjanaise."
    .venv/bin/python tools/explain.py --lang en --file article.txt
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg import gazetteer, lexicon, nlp as nlp_mod  # noqa: E402
from kg.extract.entities import find_mentions  # noqa: E402
from kg.extract.events import EventExtractor  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.pipeline import sentences_of  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("text", nargs="?")
    ap.add_argument("--file")
    ap.add_argument("--lang", required=True)
    ap.add_argument("--no-parse", action="store_true", help="skip the token table")
    args = ap.parse_args()
    text = Path(args.file).read_text() if args.file else args.text
    nlp = nlp_mod.load(args.lang)
    doc = nlp(text)
    art = Article(id="x", origin="x", text=text)
    gz, lex = gazetteer.default(), lexicon.default(args.lang)
    idx = find_mentions(doc, gz, lex, None, nlp.make_doc)
    sents = sentences_of(doc, art)
    ex = EventExtractor(lex, gz)
    for sent, _ in sents:
        print("==", sent.text)
        if not args.no_parse:
            for t in sent:
                m = idx.by_token.get(t.i)
                print(f"  {t.i:3} {t.text:18} {t.lemma_:14} {t.pos_:6} {t.dep_:12} -> {t.head.i:3} {t.head.text:14}"
                      + (f" [{m.entity}]" if m else ""))
        for tok, trig, span in ex.triggers(sent):
            print(f"  TRIGGER {span.text!r} {trig.id} {trig.cameo} {trig.pos} frame={trig.frame} preps={trig.preps}")
    for e in ex.extract(doc, sents, idx, None):
        print(f"EVENT {e.cameo} {e.source} -> {e.target} [{e.pattern}] {e.factuality} | {e.sentence.text[:80]}")


if __name__ == "__main__":
    main()
