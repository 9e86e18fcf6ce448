package claim_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/claim"
)

// TestLinkDisputes: a claim that rebuts another finds what it rebuts,
// however it names it (a proposition, a description, an anaphor, a
// source's words), within a sentence, across sentences and across
// paragraphs; and claims that do not rebut, or rebut what is not a claim
// of the text, link to nothing.
func TestLinkDisputes(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		rebut   string   // words of the rebutting claim's cue and Text ("denied she skipped")
		targets []string // a word of each claim it must dispute; nil for none
	}{
		// Anaphors.
		{"that estimate", "The mayor said the new stadium would bring 5,000 jobs to the city. " +
			"Council member Ruth Alvarez disputed that estimate.", "estimate", []string{"stadium"}},
		{"their account", "Two reporters said the campaign manager yanked the arm of a reporter. " +
			"A campaign spokeswoman disputed their account.", "account", []string{"yanked"}},
		{"their account, of a pronoun and another", "The campaign manager yanked her arm as she asked a question, she and " +
			"another reporter said. (A campaign spokeswoman disputed their account.)", "account", []string{"yanked"}},
		{"those figures called misleading", "The company said its profits rose 20 percent last year. " +
			"The union called those figures misleading.", "figures", []string{"profits"}},
		{"that was not true", "The governor said the state had paid every contractor. Auditors said that was not true.",
			"true", []string{"contractor"}},
		{"it is wrong", "The coach said the team was healthy. The trainer said it is simply wrong.",
			"wrong", []string{"healthy"}},
		{"those statements were wrong", "Clinton testified that she turned over all her work-related emails. " +
			"FBI Director James Comey said those statements were wrong.", "statements", []string{"emails"}},
		{"the allegations", "Prosecutors said the treasurer had forged signatures on 41 checks. " +
			"The treasurer denied the allegations.", "allegations", []string{"forged"}},
		{"the figure, a paragraph on", "County Treasurer Imelda Varga said the county would end the year with a $4 million surplus.\n\n" +
			"Commissioner Owen Tilly disputed the figure, saying the surplus existed only because hiring had been frozen.",
			"figure", []string{"surplus"}},
		{"an anaphor skips the rebutter's own claims", "The council said the budget was balanced. " +
			"An auditor said the figures were off. The auditor later disputed that account.", "disputed", []string{"balanced"}},
		{"denied any such directive", "Two managers said the board had ordered depots to stop hiring in March. " +
			"A spokesman denied any such directive had been issued.", "directive", []string{"hiring"}},
		{"no such meeting, a sentence on", "The union said the mayor met developers in secret on Friday. The mayor spoke at a school. " +
			"His office denied that any such meeting took place.", "meeting", []string{"developers"}},
		// A source's words.
		{"her account was false", "“We never received the letter,” the spokeswoman said. The lawyer said her account was false.",
			"account", []string{"letter"}},
		{"the senator's claim", "Senator Ana Brandt said the bill would cut taxes for the middle class. " +
			"Economists at the institute rejected the senator's claim.", "claim", []string{"taxes"}},
		{"the governor's statements a lie", "Governor Lee said the state never shared the files with investigators. " +
			"The state attorney general called the governor's statements a lie.", "lie", []string{"files"}},
		{"their position, across a paragraph", "Many conservatives have said they will not vote for the nominee under any circumstances.\n\n" +
			"One prominent radio host, Dennis Prager, rejects their position.", "position", []string{"vote"}},
		{"their logic is flawed", "Many conservatives have said they will not vote for the nominee. Prager thinks their logic is flawed.",
			"logic", []string{"vote"}},
		{"his numbers don't add up", "Trump argued that Medicare should be propped up with money saved abroad. " +
			"Rubio said only that his numbers don't add up.", "numbers", []string{"Medicare"}},
		{"Smith's claim by name", "Budget director Ellen Smith said the deficit had been halved. " +
			"The mayor said the city paid its bills. Later the treasurer rejected Smith's claim.", "claim", []string{"deficit"}},
		{"they are wrong", "Many conservatives have said they will not vote for the nominee. " +
			"Prager believes they are wrong.", "wrong", []string{"vote"}},
		{"a description by a word's stem", "Mark Dubowitz said American leadership is in decline. " +
			"The president said all the talk of America's decline is political hot air.", "hot air", []string{"leadership"}},
		{"a proposal and its rejection after a dash", "Clinton proposed a debate in New York on April 4 - " +
			"but the Sanders campaign rejected the idea as ludicrous.", "idea", []string{"April"}},
		// A claim called false in a relative clause, named by its source.
		{"claims N made that have proved false, the claims after it", "Lawmakers asked prosecutors to examine claims Clinton made last fall that have proved false. " +
			"Clinton testified that she turned over all her work-related emails.", "proved false", []string{"emails"}},
		{"the statements the mayor gave, which were untrue", "The mayor said the county had paid every contractor. " +
			"The auditor pointed to statements the mayor gave in March, which were untrue.", "untrue", []string{"contractor"}},
		{"a claim that proved false, by what it says", "The mayor said the bridge would reopen in May. " +
			"Engineers said the claim that the bridge would reopen in May was false.", "false", []string{"mayor"}},
		// A walk-back of the source's own words.
		{"he later denied his opposition", "The mayor said the levy was a terrible mistake. " +
			"He later denied his opposition in a radio interview.", "denied", []string{"levy"}},
		{"she retracted her remarks", "Ms. Ortiz said the budget office had lied about the deficit. " +
			"The next day she retracted her remarks.", "remarks", []string{"deficit"}},
		{"what a description is of weighs more than its modifiers", "Mark Dubowitz said American leadership is in decline. " +
			"Sara Fagen said the economic worries of voters in America are not the whole story. " +
			"The president said all the talk of America's economic decline is political hot air.", "hot air", []string{"leadership"}},
		// Propositions.
		{"denied that C", "Reporters said the senator skipped the vote on the water bill. " +
			"The senator denied that she skipped the vote.", "denied she", []string{"water"}},
		{"denied that C, the claim after it", "The senator denied that she skipped the vote on the water bill. " +
			"Two aides said the senator skipped the vote on the water bill to attend a fundraiser.",
			"denied she", []string{"fundraiser"}},
		{"a neighbor denied that C, saying", "Police said the suspect fled on foot. " +
			"A neighbor denied that the suspect fled, saying he was arrested in his car.", "denied the", []string{"foot"}},
		{"the notion that C", "Investigators said the fire started in the kitchen. " +
			"Fire officials have dismissed the notion that the fire started in the kitchen.", "notion", []string{"investigators"}},
		{"within a sentence, a proposition", "While the union says the plant is unsafe, the company denies that the plant is unsafe.",
			"denies the", []string{"union"}},
		{"within a sentence, an anaphor", "The mayor said the bridge was sound, but engineers disputed that account.",
			"disputed", []string{"bridge"}},
		// Descriptions.
		{"reports of a closure", "Reports said the factory will close next year. The plant manager dismissed reports of a closure.",
			"closure", []string{"factory"}},
		{"claims of a cover-up", "Democrats said the agency orchestrated a cover-up of the spill. " +
			"Republicans rebutted claims of a cover-up.", "rebutted", []string{"spill"}},
		{"no basis for the labeling", "The candidate said immigrants from the islands posed a terrorist threat to the country. " +
			"“There is no basis for labeling immigrants from the islands a terrorist threat,” the minister said.",
			"basis", []string{"posed"}},
		{"a headline disputes the claim below it", "Aide dismisses reports of a staff shake-up.\n\n" +
			"Two people close to the campaign said a staff shake-up was imminent.", "shake-up", []string{"imminent"}},
		{"denied wrongdoing", "Prosecutors said the bookkeeper stole more than $300,000 through wrongdoing at the club. " +
			"Her attorney said she denied any wrongdoing.", "denied any", []string{"stole"}},
		{"the claims of two sources", "The union said the plant was unsafe. Two workers said the plant was unsafe for years. " +
			"The company denied that the plant was unsafe.", "denied the", []string{"union", "workers"}},

		{"that claim dismissed as false", "The union's president said the company had stopped taking new orders. " +
			"A spokeswoman dismissed that claim as \"completely false.\"", "dismissed", []string{"orders"}},
		{"that dismissed as nonsense, without a noun", "The mayor said the city paid the contractors in full last spring. " +
			"The council dismissed that as nonsense.", "nonsense", []string{"contractors"}},
		{"the criticism brushed off", "Councilman Greg Tillman called the contract a disaster waiting to happen for ratepayers. " +
			"Okafor brushed off the criticism as political theater.", "criticism", []string{"ratepayers"}},
		{"reports called premature", "Officials said a breakthrough was reached in the talks on Monday. " +
			"A spokeswoman for the union called reports of a breakthrough premature.", "premature", []string{"breakthrough"}},

		// Claims that rebut nothing of the text, or do not rebut.
		{"an act judged wrong, its \"it\" a stand-in", "The mayor said he would wait until a nominee was chosen. " +
			"In an interview, the governor insisted it was wrong to back Clinton now.", "wrong", nil},
		{"premature to say", "The mayor said the talks would end soon. The union said it was premature to say.", "premature", nil},
		{"no claim before the anaphor", "Council member Ruth Alvarez disputed that estimate.", "estimate", nil},
		{"an anaphor three sentences too far", "The mayor said the stadium would bring 5,000 jobs. " +
			"The weather was mild. The team lost on Sunday. Fans were angry. Tickets sold out. " +
			"Council member Ruth Alvarez disputed that estimate.", "estimate", nil},
		{"pushing back against demands is no rebuttal", "Officials said the talks were on track. " +
			"Two people said China is pushing back against American demands in trade talks.", "pushing", nil},
		{"a plain noun called wrong", "The mayor said the stadium would open in May. " +
			"The coach said the weather is wrong for football.", "weather", nil},
		{"rejected the appeal, not a claim", "The lawyer said the verdict would be appealed. " +
			"The court rejected the appeal.", "appeal", nil},
		{"a person judged harshly is no rebuttal", "The mayor said the stadium would open in May. " +
			"The governor said she was outraged by the delays.", "outraged", nil},
		{"a description no claim says", "The mayor said the budget was balanced. " +
			"Republicans rebutted claims of a cover-up.", "cover-up", nil},
		{"a plain claim", "The mayor said the budget was balanced. The council said the budget had a deficit.",
			"deficit", nil},
		{"a relative clause of a thing called false", "The mayor said the stadium would open in May. " +
			"Fans said tickets to the stadium that proved false were sold outside.", "tickets", nil},
		{"denied that C of nothing said", "The senator said the bill would pass. The senator denied that she skipped the vote.",
			"skipped", nil},
		{"such a plan, not pointing back", "The mayor said the city would build a park. " +
			"The council said such a plan had worked in other cities.", "worked", nil},
		{"a denial of what another also negates", "Investigators said Mayor John Smith had committed no wrongdoing. " +
			"Smith denied any wrongdoing.", "denied any", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := attribution.Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			doc.LinkDisputes()
			var r *claim.Claim
			for _, c := range doc.Claims {
				if strings.Contains(c.Cue.Text(tc.text)+" "+c.Text, tc.rebut) {
					r = c
					break
				}
			}
			if r == nil {
				t.Fatalf("no claim has %q: %s", tc.rebut, texts(doc.Claims))
			}
			var got []string
			for _, d := range r.Disputes {
				got = append(got, d.Text)
			}
			var want []string
			for _, w := range tc.targets {
				k := slices.IndexFunc(doc.Claims, func(c *claim.Claim) bool {
					return c != r && (strings.Contains(c.Text, w) || strings.Contains(c.Source.String(), w))
				})
				if k < 0 {
					t.Fatalf("no other claim has %q: %s", w, texts(doc.Claims))
				}
				want = append(want, doc.Claims[k].Text)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%q disputes (-want +got):\n%s", r.Text, diff)
			}
			// A rebuttal and what it disputes conflict strongly in the
			// article.
			for _, d := range r.Disputes {
				c := conflictOf(doc.Contradictions(), r, d)
				if !c.Contradicts || c.Reasons[0].Kind != claim.ReasonRebuttal {
					t.Errorf("%q ~ %q: %+v; want a rebuttal first", r.Text, d.Text, c.Score)
				}
			}
		})
	}
}

func texts(cs []*claim.Claim) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Source.String()+": "+c.Text)
	}
	return strings.Join(out, " | ")
}
