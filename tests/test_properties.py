"""Property tests: arbitrary text never breaks the decoder, cleaner or parser."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.clean import clean
from generator.decode import DecodeError, decode
from generator.link import TaskText, Topic, topic_scores
from generator.model import Line
from generator.parse import parse

MARKERS = ["一、", "二、", "（一）", "(二)", "1.", "2、", "3．", "（1）", "①", "第一部分", ""]
WORDS = ["加强行政复议工作。", "深化政务公开", "(市司法局牵头,各区县政府负责)", "[牵头单位:市法制办]", "2024年6月前",
         "100%", "目标:", "《某某规划》", "?", "設(shè)", "(街道)", " ", "。"]
lines = st.lists(st.tuples(st.sampled_from(MARKERS), st.lists(st.sampled_from(WORDS), max_size=6)), max_size=25)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _text(parts) -> str:
    return "\n".join(marker + "".join(words) for marker, words in parts)


@FAST
@given(st.binary(max_size=300))
def test_decoder_never_crashes(data):
    try:
        text, _ = decode(data, "x.txt")
    except DecodeError as error:
        assert error.diagnostic.source == "x.txt"
    else:
        assert isinstance(text, str) and text.strip()


@FAST
@given(st.text(max_size=300))
def test_cleaner_and_parser_never_crash_on_any_text(text):
    cleaned, _ = clean(text)
    parsed = parse(cleaned.lines, "x.txt")
    assert all(node.anchor for node in parsed.root.walk() if node.marker)


@FAST
@given(lines)
def test_every_leaf_text_is_in_the_source(parts):
    text = _text(parts)
    cleaned, _ = clean(text)
    parsed = parse(cleaned.lines, "x.txt")
    source = "".join(line.text for line in cleaned.lines).replace(" ", "")
    for node in parsed.root.leaves():
        assert node.marker.printed.replace(" ", "") in source
        for piece in (node.title, node.text, node.note, *node.paragraphs):
            assert piece.replace(" ", "") in source
    anchors = [node.anchor for node in parsed.root.walk() if node.marker]
    assert len(anchors) == len(set(anchors))


@FAST
@given(lines)
def test_parsing_is_idempotent_on_cleaned_text(parts):
    cleaned, _ = clean(_text(parts))
    first = parse(cleaned.lines, "x.txt")
    again, _ = clean("\n".join(line.text for line in cleaned.lines))
    second = parse(tuple(Line(line.text, line.lineno) for line in again.lines), "x.txt")
    assert [(n.anchor, n.title, n.text, n.note) for n in first.root.walk()] == \
           [(n.anchor, n.title, n.text, n.note) for n in second.root.walk()]


# Terms that overlap, nest and repeat across topics, as the taxonomy's do (复议 inside 行政复议).
TOPICS = (Topic("fuyi", "", "", "", ("行政复议", "复议", "复议决定")),
          Topic("gongkai", "", "", "", ("政务公开", "公开")), Topic("both", "", "", "", ("复议", "公开", "议决")))
FRAGMENTS = ["行政", "复议", "决定", "政务", "公开", "议", "政", "的", "。"]


@FAST
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12), st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_topic_scores_count_every_term_found_in_heading_and_body(title, body):
    task = TaskText("x#1", "".join(title), "".join(body))
    expected = {}
    for topic in TOPICS:
        score = sum(2.0 for term in topic.terms if term in task.title)
        score += sum(1.0 for term in topic.terms if term in task.body)
        if score:
            expected[topic.slug] = score
    assert list(topic_scores(task, TOPICS).items()) == list(expected.items())
