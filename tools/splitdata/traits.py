"""The extraction traits of one composed page, each drawn from a distribution (see README.md for the table).

Page-level draws set the page's habits (wrap width, blank-line regime, headline placement, noise rates);
the composer then draws per article and per line from those rates (width jitter, headline flip, byline style,
credit placement, lone punctuation), so no trait is ever fixed.
"""
from dataclasses import asdict, dataclass, field

from textpage import Layout


@dataclass
class Traits:
    width: int | None            # body wrap width in CJK characters; None = whole paragraphs on one line
    width_jitter: float          # per article: another column width (±3)
    whole_para: float            # per article: paragraphs on one line each
    head_mode: str               # before | after | mixed (per article coin)
    head_flip: float             # per article: the other side from the page's habit
    head_factor: float | None    # headline wrap width = width × factor; None = a headline never wraps
    head_stack: float            # a headline part stacked on 2-5 short lines whatever the width
    title_parallel: float        # a title with a double space prints as two lines
    head_spaced: float           # a headline line letter-spaced ("扛 牢 政 治")
    blanks: str                  # kept | mixed | lost
    para_gap: float              # blank line between paragraphs
    head_gap: float              # blank line between headline and body
    kicker_gap: float            # blank line between kicker / title / subtitle
    art_gap: float               # blank line between articles
    col_lines: int               # a blank line every N body lines (column break), 0 = none
    indent: str                  # first-line indent of a paragraph
    nbsp: str                    # the corpus's U+00A0: keep | space | drop
    halfwidth: float             # per punctuation mark: half-width (，→ ,)
    cjk_space: float             # per CJK pair: a stray space (PDF extraction)
    lone_punct: float            # per line ending in a closing mark: the mark wraps alone
    byline: tuple                # weights of tight / own line (body) / separate byline line (extra)
    credit_own: float            # a credit or attribution on a line of its own (extra), else tight on the body
    photo_title: float           # a photo item prints its title
    interleave: float            # a short item or caption printed between two paragraphs of another story
    top_heads: bool
    bottom_heads: bool
    mid_heads: float             # running head between articles or at a column break
    torn_heads: bool             # running head pieces on separate lines / broken
    top_editor: bool
    bottom_editor: bool
    layout: Layout = field(default_factory=Layout)   # textpage noise: bracket/digit spaces, justify, lead space

    def describe(self):
        d = asdict(self)
        lay = d.pop('layout')
        d.update({k: lay[k] for k in ('bracket_space', 'digit_space', 'justify', 'lead_space')})
        return d


def pick(rng, weighted):
    values, weights = zip(*weighted)
    return rng.choices(values, weights)[0]


def rate(rng, p_on, lo, hi):
    """0 on most pages, else a rate drawn uniformly in [lo, hi]."""
    return round(rng.uniform(lo, hi), 3) if rng.random() < p_on else 0.0


def draw_traits(rng):
    width = pick(rng, [(lambda: rng.randint(10, 26), 70), (lambda: rng.randint(27, 40), 20), (lambda: None, 10)])()
    blanks = pick(rng, [('kept', 40), ('mixed', 40), ('lost', 20)])
    para_gap = {'kept': 1.0, 'mixed': round(rng.uniform(0.2, 0.8), 2), 'lost': 0.0}[blanks]
    layout = Layout(bracket_space=rate(rng, 0.3, 0.3, 1.0), digit_space=rate(rng, 0.3, 0.3, 1.0),
                    justify=rate(rng, 0.2, 0.05, 0.5), lead_space=rate(rng, 0.2, 0.02, 0.3))
    return Traits(
        width=width,
        width_jitter=rate(rng, 0.4, 0.1, 0.5),
        whole_para=rate(rng, 0.1, 0.05, 0.3),
        head_mode=pick(rng, [('before', 45), ('after', 45), ('mixed', 10)]),
        head_flip=rate(rng, 0.3, 0.05, 0.2),
        head_factor=None if rng.random() < 0.3 else round(rng.uniform(0.5, 1.8), 2),
        head_stack=rate(rng, 0.5, 0.1, 0.5),
        title_parallel=round(rng.uniform(0, 1), 2),
        head_spaced=rate(rng, 0.1, 0.2, 1.0),
        blanks=blanks,
        para_gap=para_gap,
        head_gap=pick(rng, [(1.0, 40), (round(rng.uniform(0.2, 0.8), 2), 30), (0.0, 30)]),
        kicker_gap=rate(rng, 0.3, 0.3, 1.0),
        art_gap=pick(rng, [(1.0, 70), (round(rng.uniform(0.3, 0.9), 2), 30)]),
        col_lines=rng.randint(6, 40) if rng.random() < 0.5 else 0,
        indent=pick(rng, [('', 55), ('\u3000\u3000', 30), ('  ', 10), (' ', 5)]),
        nbsp=pick(rng, [('space', 60), ('keep', 20), ('drop', 20)]),
        halfwidth=rate(rng, 0.15, 0.3, 1.0),
        cjk_space=rate(rng, 0.15, 0.002, 0.03),
        lone_punct=rate(rng, 0.4, 0.01, 0.08),
        byline=pick(rng, [((1, 0, 0), 50), ((0, 1, 0), 15), ((0, 0, 1), 10), ((6, 3, 1), 25)]),
        credit_own=pick(rng, [(1.0, 50), (round(rng.uniform(0.3, 0.9), 2), 35), (0.0, 15)]),
        photo_title=round(rng.uniform(0.2, 0.9), 2),
        interleave=rate(rng, 0.5, 0.3, 1.0),
        top_heads=rng.random() < 0.6,
        bottom_heads=rng.random() < 0.4,
        mid_heads=rate(rng, 0.2, 0.1, 0.5),
        torn_heads=rng.random() < 0.4,
        top_editor=rng.random() < 0.15,
        bottom_editor=rng.random() < 0.3,
        layout=layout,
    )
