package attribution

import (
	"cmp"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// WriteHTML writes the document as one self-contained HTML page, its CSS
// and script inline and nothing fetched: the text with every claim marked
// (its source mention, cue and content styled apart, each source in a
// colour of its own, a claim nested in another's content drawn inside
// it), a panel of the sources, and the contradictions, strongest first,
// with their reasons. Choosing a contradiction marks its two claims, and
// the claims one of them disputes; a URL fragment chooses one too, so that
// report.html#conflict-3 opens on the third.
//
// The spans are marked here, from their byte offsets (a browser's string
// positions count UTF-16 units, not bytes), and everything taken from the
// text is escaped by html/template: a text holding markup, quotes or
// invalid UTF-8 (written as U+FFFD) shows as text and runs nothing.
//
// It lives beside [Document.WriteJSON] and [Document.WriteReport] because a
// Document holds its Text, which the page shows; like them, it fills the
// claims' Disputes first (see [Document.LinkDisputes]).
func (d *Document) WriteHTML(w io.Writer) error {
	d.LinkDisputes()
	return reportTemplate().Execute(w, d.page())
}

//go:embed report.html
var reportHTML string

var reportTemplate = sync.OnceValue(func() *template.Template {
	inc := func(i int) int { return i + 1 }
	return template.Must(template.New("report").Funcs(template.FuncMap{"inc": inc}).Parse(reportHTML))
})

// A page is what the template shows.
type page struct {
	Text      []piece // the text, with the marks opened and closed
	Sources   []pageSource
	Claims    []pageClaim
	Conflicts []pageConflict
	Hues      []int // the hue of source i, as the CSS class s(i+1) has it
	Unsourced int   // claims with no source
}

// A piece of the marked text: some text, or a mark opened or closed.
type piece struct {
	Text  string
	Open  *mark
	Close bool
}

// A mark is a span of one claim in one role.
type mark struct {
	start, end int
	Role       string // "content", "cue" or "source"
	Claim      string // the claim's id
	Class      string // the source's colour class: "s3", or "nosrc"
	Title      string // what a pointer over it shows
	depth      int    // how deep the claim nests (0 for one in no other's content)
}

type pageSource struct {
	ID, Class, Kind, Entity, Name, Title, Descriptor, Affiliation string
	Basis, Anonymity, CloseTo, PartOf, Summary                    string
	Count, Claims                                                 int
	NoResponse                                                    bool
}

type pageClaim struct {
	ID, Class, Source, Cue, CueClass, Quote, Polarity, Parent, Text string
	Disputes                                                        []string
}

type pageConflict struct {
	N           int
	A, B        string
	Links       string // the claims that A or B disputes, and those disputing them, space-separated
	Score       string
	Contradicts bool
	Reasons     []pageReason
}

type pageReason struct {
	Kind, Detail, Weight string
}

// page builds the view of d.
func (d *Document) page() *page {
	p := &page{Hues: make([]int, len(d.Sources))}
	index := make(map[*source.Source]int, len(d.Sources))
	claims := make(map[*source.Source]int, len(d.Sources))
	for i, s := range d.Sources {
		index[s] = i
		p.Hues[i] = (i * 137) % 360 // the golden angle apart, so that neighbours differ
	}
	class := func(s *source.Source) string {
		if i, ok := index[s]; ok {
			return fmt.Sprintf("s%d", i+1)
		}
		return "nosrc"
	}
	for _, c := range d.Claims {
		if c.Source == nil {
			p.Unsourced++
		} else {
			claims[c.Source]++
		}
		pc := pageClaim{ID: c.ID, Class: class(c.Source), Cue: valid(c.Cue.Text(d.Text)), CueClass: c.CueClass.String(),
			Quote: c.Quote.String(), Polarity: c.Polarity.String(), Text: valid(c.Text)}
		if c.Source != nil {
			pc.Source = valid(c.Source.String())
		}
		if c.Parent != nil {
			pc.Parent = c.Parent.ID
		}
		for _, o := range c.Disputes {
			pc.Disputes = append(pc.Disputes, o.ID)
		}
		p.Claims = append(p.Claims, pc)
	}
	for _, s := range d.Sources {
		ps := pageSource{ID: s.ID, Class: class(s), Kind: s.Kind.String(), Entity: s.Entity.String(),
			Name: valid(s.Name), Title: valid(s.Title), Descriptor: valid(s.Descriptor), Affiliation: valid(s.Affiliation),
			Basis: valid(s.Basis), Anonymity: valid(s.Anonymity), Summary: valid(s.String()),
			Count: s.Count, Claims: claims[s], NoResponse: s.NoResponse}
		if s.CloseTo != nil {
			ps.CloseTo = s.CloseTo.ID
		}
		if s.PartOf != nil {
			ps.PartOf = s.PartOf.ID
		}
		p.Sources = append(p.Sources, ps)
	}
	for k, c := range d.Contradictions() {
		pc := pageConflict{N: k + 1, A: c.A.ID, B: c.B.ID, Score: fmt.Sprintf("%.2f", c.Value), Contradicts: c.Contradicts,
			Links: strings.Join(links(c), " ")}
		for _, r := range c.Reasons {
			pc.Reasons = append(pc.Reasons, pageReason{Kind: r.Kind.String(), Detail: valid(r.Detail), Weight: fmt.Sprintf("%.2f", r.Weight)})
		}
		p.Conflicts = append(p.Conflicts, pc)
	}
	p.Text = d.marked(class)
	return p
}

// links returns the ids of the claims that a conflict's claims dispute or
// are disputed by, besides the two themselves.
func links(c claim.Conflict) []string {
	var ids []string
	add := func(o *claim.Claim) {
		if o != c.A && o != c.B && !slices.Contains(ids, o.ID) {
			ids = append(ids, o.ID)
		}
	}
	for _, x := range [2]*claim.Claim{c.A, c.B} {
		for _, o := range x.Disputes {
			add(o)
		}
	}
	return ids
}

// marked returns the text as pieces, with a mark for each claim's source
// mention, cue and content. Marks nest where their spans do; a mark that
// crosses the end of another is cut in two there, so that the pieces are
// always well nested.
func (d *Document) marked(class func(*source.Source) string) []piece {
	depth := make(map[*claim.Claim]int, len(d.Claims))
	var depthOf func(c *claim.Claim, n int) int
	depthOf = func(c *claim.Claim, n int) int {
		if c.Parent == nil || n > len(d.Claims) {
			return 0
		}
		if v, ok := depth[c]; ok {
			return v
		}
		v := depthOf(c.Parent, n+1) + 1
		depth[c] = v
		return v
	}
	var marks []*mark
	add := func(s hearsay.Span, c *claim.Claim, role, title string) {
		if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
			return
		}
		marks = append(marks, &mark{start: s.Start, end: s.End, Role: role, Claim: c.ID, Class: class(c.Source),
			Title: title, depth: depthOf(c, 0)})
	}
	for _, c := range d.Claims {
		who := "no source"
		if c.Source != nil {
			who = c.Source.ID + ": " + valid(c.Source.String())
		}
		title := fmt.Sprintf("%s · %s · %s %s", c.ID, who, c.CueClass, valid(c.Cue.Text(d.Text)))
		if len(c.Parts) > 0 {
			for _, s := range c.Parts {
				add(s, c, "content", title)
			}
		} else {
			add(c.Content, c, "content", title)
		}
		add(c.Cue, c, "cue", title)
		add(c.SourceMention, c, "source", title)
	}
	return nest(d.Text, marks)
}

// rolePlace orders marks of one span: a content outside the cue and the
// source mention of the same words.
var rolePlace = map[string]int{"content": 0, "source": 1, "cue": 2}

// nest turns marks over text into well-nested pieces.
func nest(text string, marks []*mark) []piece {
	less := func(x, y *mark) int {
		return cmp.Or(cmp.Compare(x.start, y.start), cmp.Compare(y.end, x.end),
			cmp.Compare(x.depth, y.depth), cmp.Compare(rolePlace[x.Role], rolePlace[y.Role]))
	}
	slices.SortStableFunc(marks, less)
	var out []piece
	at := 0
	emit := func(to int) {
		if to > at {
			out = append(out, piece{Text: valid(text[at:to])})
			at = to
		}
	}
	var open []*mark // the marks open, innermost last
	for len(marks) > 0 {
		m := marks[0]
		marks = marks[1:]
		for len(open) > 0 && open[len(open)-1].end <= m.start {
			emit(open[len(open)-1].end)
			out = append(out, piece{Close: true})
			open = open[:len(open)-1]
		}
		if len(open) > 0 {
			if top := open[len(open)-1]; m.end > top.end {
				// It crosses the end of the mark it opens in: the rest
				// is a mark of its own, opened after that one closes.
				rest := *m
				rest.start = top.end
				m.end = top.end
				i, _ := slices.BinarySearchFunc(marks, &rest, less)
				marks = slices.Insert(marks, i, &rest)
			}
		}
		emit(m.start)
		out = append(out, piece{Open: m})
		open = append(open, m)
	}
	for len(open) > 0 {
		emit(open[len(open)-1].end)
		out = append(out, piece{Close: true})
		open = open[:len(open)-1]
	}
	emit(len(text))
	return out
}

// valid returns s with each byte of invalid UTF-8 written as U+FFFD, as
// the JSON form writes it.
func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}
