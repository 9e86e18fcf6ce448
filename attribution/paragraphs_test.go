package attribution_test

import "testing"

// TestQuotesAndParagraphs: a quotation goes with the attribution that
// its paragraph gives it, not with the first words of the next paragraph;
// a colon that ends a paragraph opens the quotation below it; a
// quotation attributed by a dash after it is no continuation of the
// quotation before; and a colon after "S said" opens S's own words even
// after another's quotation.
func TestQuotesAndParagraphs(t *testing.T) {
	direct := func(mention, cue, content string) row {
		r := said(mention, cue, content)
		r.Quote = "direct"
		return r
	}
	tests := []struct {
		text   string
		claims []row
	}{
		{
			text: "“He shouldn’t be doing that.”\n\nConway appeared on the CNN show later and defended Trump.",
			claims: []row{
				{Mention: "Conway", Cue: "defended", Class: "speech", Content: "Trump", Quote: "indirect", Polarity: "asserted"},
			},
		},
		{
			text:   "“The moderators will not vote in our primary.”\n\nCruz continued:\n\n“Look at the questions. Can you do math?”",
			claims: []row{direct("Cruz", "continued", "Look at the questions. Can you do math")},
		},
		{
			text: "“He is bad. He represents our greatest shame.” ― Sonya Herridge\n“He is ignorant.” ― Krystal Correa",
			claims: []row{
				direct("Sonya Herridge", "―", "He is bad. He represents our greatest shame"),
				direct("Krystal Correa", "―", "He is ignorant"),
			},
		},
		{
			text: "“We are refugees,” Ms. Alawee said. “We are not terrorists.” Mr. Zahed said: “The attack is the work of terrorists.”",
			claims: []row{
				{Mention: "Ms. Alawee", Cue: "said", Class: "speech", Content: "We are refugees We are not terrorists",
					Parts: []string{"We are refugees", "We are not terrorists"}, Quote: "direct", Polarity: "asserted"},
				direct("Mr. Zahed", "said", "The attack is the work of terrorists"),
			},
		},
		{
			text:   "The campaign asked NBC’s Lester Holt, the moderator of the first debate, to fact check Donald Trump.",
			claims: []row{said("The campaign", "asked", "NBC’s Lester Holt, the moderator of the first debate, to fact check Donald Trump")},
		},
	}
	for _, tc := range tests {
		checkClaims(t, tc.text, tc.claims, nil)
	}
}
