package attribution

import (
	"fmt"
	"io"
	"strings"
)

// WriteReport writes the document as a readable report: each claim with
// its source, cue and content, the sources that did not respond, then the
// pairs of claims that contradict each other (those that reach
// claim.DefaultThreshold), with their reasons.
func (d *Document) WriteReport(w io.Writer) error {
	d.LinkDisputes()
	var b strings.Builder
	for _, c := range d.Claims {
		who := "(unattributed)"
		if c.Source != nil {
			who = c.Source.String()
		}
		fmt.Fprintf(&b, "%s  %s\n", c.ID, who)
		if !c.SourceMention.IsZero() {
			fmt.Fprintf(&b, "    as:      %q\n", c.SourceMention.Text(d.Text))
		}
		fmt.Fprintf(&b, "    cue:     %q (%s)\n", c.Cue.Text(d.Text), c.CueClass)
		fmt.Fprintf(&b, "    %s: %q\n", pad(c.Quote.String()+", "+c.Polarity.String()), c.Text)
		if c.Parent != nil {
			fmt.Fprintf(&b, "    within:  %s\n", c.Parent.ID)
		}
		if len(c.Disputes) > 0 {
			ids := make([]string, len(c.Disputes))
			for i, o := range c.Disputes {
				ids[i] = o.ID
			}
			fmt.Fprintf(&b, "    disputes: %s\n", strings.Join(ids, ", "))
		}
	}
	for _, s := range d.Sources {
		if s.NoResponse {
			fmt.Fprintf(&b, "no response: %s\n", s)
		}
	}
	for _, c := range d.Contradictions() {
		if !c.Contradicts {
			break // strongest first: the rest are weaker still
		}
		fmt.Fprintf(&b, "conflict: %s ~ %s  %.2f\n", c.A.ID, c.B.ID, c.Value)
		for _, r := range c.Reasons {
			fmt.Fprintf(&b, "    %s: %s\n", r.Kind, r.Detail)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func pad(s string) string {
	if len(s) < 7 {
		return s + strings.Repeat(" ", 7-len(s))
	}
	return s
}
