"""Chunks are shown to the tokenizer before a text is tokenised, so that its cache remembers their splits: the
tokens stay exactly those of a tokenizer that remembers nothing."""

import random

import spacy


def test_tokens_are_those_of_a_tokenizer_without_a_cache():
    from sdkg.loaders.extract.nlp import nlp, parse

    fresh = spacy.blank("nl").tokenizer
    fresh.max_cache_size = 0  # every chunk split afresh, special cases applied as they come
    rnd = random.Random(3)
    pieces = ["Gemeente", "o.a.", "d.w.z.", "'s", "’s", "'t", "(zie", "blz.", "12);", "€", "1.250.000,-", "XD",
              "8D", ":)", "(d.w.z.", "Jeugd-\nhulp", "Wmo-", "voorziening", "cliënten", "\u00a0", "\t", "|", "2024.",
              "z.s.m.", "St.", "Welzijn", "U.S.", "km", "10km", "…", "“Samen”", "(GGD),", "e.d.", "i.s.m.", "\n\n"]
    for n in range(3):
        text = "".join(rnd.choice(pieces) + rnd.choice([" ", "  ", "\n", " \n ", ""]) for _ in range(3000 + n))
        for again in (text, text + " "):  # the second time every chunk has been shown before
            doc, plain = parse(again), fresh(again)
            assert [(t.text, t.idx, t.whitespace_) for t in doc] == [(t.text, t.idx, t.whitespace_) for t in plain]
    assert nlp().tokenizer.max_cache_size > 10_000


def test_sentence_starts_are_those_of_the_sentencizer():
    """...but for a line broken in mid-sentence (nlp.soft_breaks), where no sentence ends: the sentencizer's starts
    with the starts right after those line breaks taken back."""
    from sdkg.loaders.extract.nlp import nlp, parse, soft_breaks
    from spacy.attrs import SENT_START
    from spacy.tokens import Doc

    sentencizer = nlp().get_pipe("sentencizer")
    rnd = random.Random(5)
    pieces = [".", "!", "?", "\n", "\n\n", ":\n", ":", "Ja", "nee", "1.", "(", ")", "...", "-", "\u00a0", "'s",
              "A.B.", "”", "•", "Zorg", "?!"]
    texts = [".", "\n", "a", "! a", "a. b", ".\n\nA", "Eén zin. Nog een!\nKop\n\n(Tabel) 12.\n"]
    texts += ["".join(rnd.choice(pieces) + rnd.choice(["", " ", "  "]) for _ in range(rnd.randint(1, 300)))
              for _ in range(200)]
    for text in texts:
        doc = parse(text)
        plain = sentencizer(Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc]))
        want = plain.to_array([SENT_START]).tolist()
        got = doc.to_array([SENT_START]).tolist()
        soft = set(soft_breaks(text))
        # the tokens right after a soft line break: the sentencizer starts a sentence there, parse() need not
        skip = {i for i in range(len(doc)) if any(doc[j].idx in soft for j in range(max(0, i - 3), i))}
        assert [g for i, g in enumerate(got) if i not in skip] == [w for i, w in enumerate(want) if i not in skip], \
            repr(text)
        assert all(got[i] != 1 or want[i] == 1 for i in skip), repr(text)  # a soft break adds no sentence start
    doc = parse("Dit is een lange regel die niet op een punt eindigt en\ngaat hier verder.")
    assert [t.text for t in doc if t.is_sent_start] == ["Dit"]
