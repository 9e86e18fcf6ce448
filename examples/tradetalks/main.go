// Command tradetalks reads the reference article (a news story on U.S.–China
// trade talks, embedded from article.txt) and explains, claim by claim, who
// says what and on whose authority, and then which claims contradict each
// other, and why.
//
// Run it from the repository root:
//
//	go run ./examples/tradetalks
package main

import (
	_ "embed"
	"fmt"
	"io"
	"log"
	"os"
	"strings"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

//go:embed article.txt
var article string

func main() {
	log.SetFlags(0)
	log.SetPrefix("tradetalks: ")
	doc, err := attribution.Extract(article)
	if err != nil {
		log.Fatal(err)
	}
	if err := explain(os.Stdout, doc); err != nil {
		log.Fatal(err)
	}
}

// quoteHow says in words how each kind of quote reports its content.
var quoteHow = map[claim.Quote]string{
	claim.Indirect: "paraphrase",
	claim.Direct:   "the source's own words",
	claim.Mixed:    "paraphrase with quoted words",
}

func sourceName(c *claim.Claim) string {
	if c.Source == nil {
		return "(no source given)"
	}
	return c.Source.String()
}

// explain writes doc for a reader who wants to check each attribution
// against the article.
func explain(w io.Writer, doc *attribution.Document) error {
	var b strings.Builder
	title := "Who says what: the trade talks article"
	fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("=", len(title)))
	fmt.Fprintf(&b, "%d sentences, %d bytes.\n\n", len(doc.Sentences), len(doc.Text))

	number := make(map[*claim.Claim]int, len(doc.Claims))
	for i, c := range doc.Claims {
		number[c] = i + 1
	}
	for i, c := range doc.Claims {
		who := "(no source given)"
		if c.Source != nil {
			who = c.Source.String()
		}
		fmt.Fprintf(&b, "%2d. %s\n", i+1, who)
		if m := c.SourceMention.Text(doc.Text); m != "" {
			fmt.Fprintf(&b, "    named as:  %q\n", m)
		}
		fmt.Fprintf(&b, "    cue:       %q (%s)\n", c.Cue.Text(doc.Text), c.CueClass)
		fmt.Fprintf(&b, "    reported:  %s (%s), %s\n", c.Quote, quoteHow[c.Quote], c.Polarity)
		fmt.Fprintf(&b, "    claim:     %q\n", c.Text)
		if c.Parent != nil {
			fmt.Fprintf(&b, "    reported within claim %d\n", number[c.Parent])
		}
		fmt.Fprintf(&b, "    sentence:  %d\n\n", c.Sentence+1)
	}

	var silent []*source.Source
	for _, s := range doc.Sources {
		if s.NoResponse {
			silent = append(silent, s)
		}
	}
	if len(silent) > 0 {
		b.WriteString("Did not respond to a request for comment:\n")
		for _, s := range silent {
			fmt.Fprintf(&b, "  - %s", s)
			if len(s.Mentions) > 0 {
				fmt.Fprintf(&b, ", named as %q", s.Mentions[0].Text(doc.Text))
			}
			b.WriteString("\n")
		}
		b.WriteString("\n")
	}

	conflicts := doc.Contradictions()
	strong := 0
	for _, c := range conflicts {
		if c.Contradicts {
			strong++
		}
	}
	fmt.Fprintf(&b, "Where the sources disagree (%d pairs reach the threshold of %.2f):\n", strong, claim.DefaultThreshold)
	for _, c := range conflicts {
		if !c.Contradicts {
			continue
		}
		fmt.Fprintf(&b, "  %.2f  claim %d ~ claim %d\n", c.Value, number[c.A], number[c.B])
		fmt.Fprintf(&b, "        %s: %q\n", sourceName(c.A), c.A.Text)
		fmt.Fprintf(&b, "        %s: %q\n", sourceName(c.B), c.B.Text)
		for _, r := range c.Reasons {
			fmt.Fprintf(&b, "        why: %s (%s)\n", r.Kind, r.Detail)
		}
	}
	b.WriteString("\n")

	var nested, denied int
	quotes := make(map[claim.Quote]int)
	for _, c := range doc.Claims {
		if c.Parent != nil {
			nested++
		}
		if c.Polarity == claim.Denied {
			denied++
		}
		quotes[c.Quote]++
	}
	fmt.Fprintf(&b, "Summary: %d claims from %d sources (%d direct, %d mixed, %d indirect; %d nested; %d denied); %d sources did not respond.\n",
		len(doc.Claims), len(doc.Sources)-len(silent), quotes[claim.Direct], quotes[claim.Mixed],
		quotes[claim.Indirect], nested, denied, len(silent))
	_, err := io.WriteString(w, b.String())
	return err
}
