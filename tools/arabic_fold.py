"""The folding newsgraph's matcher applies to Arabic names, as far as the
Python tools need it to compare names: hamza forms of alef, ta marbuta, alef
maqsura, hamza on waw or yeh, Persian yeh and keheh, diacritics, tatweel,
ZWNJ, and runs of spaces."""

_MAP = {"\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627",
        "\u0671": "\u0627", "\u0629": "\u0647", "\u0649": "\u064A",
        "\u0624": "\u0621", "\u0626": "\u0621", "\u06CC": "\u064A",
        "\u06A9": "\u0643", "\u200C": ""}


def fold(text):
    out = []
    for c in text:
        o = ord(c)
        if 0x064B <= o <= 0x0652 or o in (0x0670, 0x0640):
            continue
        out.append(_MAP.get(c, c))
    return " ".join("".join(out).split())
