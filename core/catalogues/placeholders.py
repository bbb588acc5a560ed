"""Placeholders in messages: a translation must keep those of its msgid, or formatting fails."""

import re

# Named (%(name)s) and positional (%s, %d) conversions; a literal percent is written %%.
PERCENT = re.compile(r"%(?:\(\w+\))?[sdifr]")
BRACE = re.compile(r"\{\w*\}")


def percent_placeholders(text):
    return sorted(PERCENT.findall(text.replace("%%", "")))


def brace_placeholders(text):
    return sorted(BRACE.findall(text.replace("{{", "").replace("}}", "")))


def placeholders(text):
    return percent_placeholders(text) + brace_placeholders(text)
