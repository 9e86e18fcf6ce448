package attribution_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/attribution"
)

// TestAnonymity checks that a stated reason for a source's anonymity is
// read wherever the reporter puts it, and that its words are no claim nor
// a part of one.
func TestAnonymity(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		claims []string // the claims' texts
		reason string   // the anonymity of the first claim's source
	}{
		{
			name:   "after the cue",
			text:   "The draft would pull both armies back, two of the people said, speaking on condition of anonymity to discuss private talks.",
			claims: []string{"The draft would pull both armies back"},
			reason: "on condition of anonymity to discuss private talks",
		},
		{
			name:   "between the source and its cue",
			text:   "Two of the officials, speaking on condition of anonymity because the decision had not been announced, said the measures could take effect.",
			claims: []string{"the measures could take effect"},
			reason: "on condition of anonymity because the decision had not been announced",
		},
		{
			name:   "after the content",
			text:   "Two agency employees said the cuts had been drafted months ago, speaking on condition that they not be identified because they feared retaliation.",
			claims: []string{"the cuts had been drafted months ago"},
			reason: "on condition that they not be identified because they feared retaliation",
		},
		{
			name:   "asking not to be identified",
			text:   "Six officers had raised concerns, three people familiar with the complaint said, asking not to be identified because they were not authorized to speak publicly.",
			claims: []string{"Six officers had raised concerns"},
			reason: "not to be identified because they were not authorized to speak publicly",
		},
		{
			name:   "a sentence of its own",
			text:   "Two federation officials said the suspension had been decided in June. They spoke on condition of anonymity because they were not authorized to discuss disciplinary cases.",
			claims: []string{"the suspension had been decided in June"},
			reason: "on condition of anonymity because they were not authorized to discuss disciplinary cases",
		},
		{
			name:   "a sentence of its own, citing a cause",
			text:   "Three diplomats said the reopening depended on an exchange. The diplomats spoke on condition that they not be identified, citing the sensitivity of the talks.",
			claims: []string{"the reopening depended on an exchange"},
			reason: "on condition that they not be identified, citing the sensitivity of the talks",
		},
		{
			name:   "not authorized, in a sentence of its own",
			text:   "Two researchers involved in the trial said several patients had dropped out. They were not authorized to speak publicly about the results.",
			claims: []string{"several patients had dropped out"},
			reason: "not authorized to speak publicly about the results",
		},
		{
			name:   "insisting on anonymity",
			text:   "The plan was final, an official said, insisting on anonymity.",
			claims: []string{"The plan was final"},
			reason: "insisting on anonymity",
		},
		{
			name:   "asking to remain anonymous",
			text:   "The plan was final, an official said, asking to remain anonymous.",
			claims: []string{"The plan was final"},
			reason: "asking to remain anonymous",
		},
		{
			name:   "not allowed, in a sentence of its own",
			text:   "Two officials said the plan was final. They were not allowed to speak publicly.",
			claims: []string{"the plan was final"},
			reason: "not allowed to speak publicly",
		},
		{
			name:   "a relative clause of a source after its cue",
			text:   "The recount will begin Wednesday, said two members of the electoral commission, who spoke on condition that they not be identified because the commission had not announced it.",
			claims: []string{"The recount will begin Wednesday"},
			reason: "on condition that they not be identified because the commission had not announced it",
		},
		{
			name:   "a relative clause of the source's phrase",
			text:   "Three nurses at the clinics, who asked not to be named because they were not authorized to speak, said they had learned of the closures.",
			claims: []string{"they had learned of the closures"},
			reason: "asked not to be named because they were not authorized to speak",
		},
		{
			name:   "inside the content: no reason of the source's",
			text:   "An aide said reporters were not authorized to enter the hall.",
			claims: []string{"reporters were not authorized to enter the hall"},
		},
		{
			name:   "a named source is given none",
			text:   "Mayor Dara Quist, speaking on condition of anonymity, said the plan was final.",
			claims: []string{"the plan was final"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := attribution.Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.claims, claimTexts(doc)); diff != "" {
				t.Fatalf("%q: claims (-want +got):\n%s", tc.text, diff)
			}
			if r := doc.Claims[0].Source.Anonymity; r != tc.reason {
				t.Errorf("%q: anonymity %q, want %q", tc.text, r, tc.reason)
			}
		})
	}
}

// TestAnonymityNoSource checks that a reason for anonymity whose subject
// refers to no anonymous source makes no source of it.
func TestAnonymityNoSource(t *testing.T) {
	for _, text := range []string{
		"The mayor said the plan was final. They spoke on condition of anonymity because the talks were private.",
		"The mayor said the plan was final. Both requested anonymity.",
	} {
		doc, err := attribution.Extract(text)
		if err != nil {
			t.Fatal(err)
		}
		if len(doc.Sources) != 1 || doc.Sources[0].Anonymity != "" {
			t.Errorf("%q: sources %v; want the mayor alone, with no reason for anonymity", text, doc.Sources)
		}
	}
}
