"""Lines no plan prints, each a long run of one mark the parser's patterns read: a pattern tried at every
position of a line that runs on to its end is read in time that grows with the square of the line, and
takes seconds on these (a run of dots took 5 s before its pattern was made to start at a run's first
dot). A plan that lost its line breaks is one line as long, so the benchmark reports the slowest. Each run is read
inside a plan, as one line and wrapped, and as a text of its own, whose one line is read as its title and byline too
(a run of 一 took 16 s so, when each cut of it was tried as two organs' names)."""
from __future__ import annotations

import time
from contextlib import suppress

from generator.corpus import PlanError, parse_text
from generator.decode import DecodeError

RUN = 20_000  # characters, about a 60 KB plan on one line
_PLAN = "某某市法治政府建设实施方案\n一、主要任务\n1.加强学习。\n{}\n2.加强培训。\n"
_WRAP = 40
MARKS = {
    "brackets": "（", "closing brackets": "）", "commas": "，", "enumeration commas": "、", "full stops": "。",
    "figures": "1", "dots": ".", "ellipses": "…", "middle dots": "·", "numerals": "一二三四五六七八九十",
    "第": "第", "spaces": " ", "tabs": "\t", "bars": "|", "quotes": "“", "book titles": "《", "bullets": "●",
    "Roman numerals": "Ⅱ", "letters": "IVX", "years": "2023年", "dates": "2023年3月1日", "units": "县司法局、",
    "note labels": "责任单位：", "notes": "（责任单位：", "places": "某某市某某县", "numbers": "（一）1.①（1）",
    "romanisation": "设(shè)",
}


def slowest_parses() -> dict:
    """The seconds each run takes to parse in a short plan, as one line and wrapped at a page's width, and alone;
    the slowest of them."""
    seconds = {}
    for name, mark in MARKS.items():
        run = mark * (RUN // len(mark))
        wrapped = "\n".join(run[k:k + _WRAP] for k in range(0, RUN, _WRAP))
        for form, text in (("one line", _PLAN.format(run)), ("wrapped", _PLAN.format(wrapped)), ("alone", run)):
            start = time.perf_counter()
            with suppress(DecodeError, PlanError):  # a run of spaces alone is an empty text, refused as such
                parse_text(text.encode("utf-8"), "pathological.txt")
            seconds[f"{name}, {form}"] = round(time.perf_counter() - start, 2)
    slowest = max(seconds, key=seconds.get)
    return {"run_characters": RUN, "slowest": slowest, "slowest_s": seconds[slowest], "seconds": seconds}
