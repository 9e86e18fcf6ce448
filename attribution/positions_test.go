package attribution_test

import "testing"

// TestPositionCues: positions taken by speaking of a thing, by a vote and
// by a retort, with their objects as content; and the like-sounding
// phrases of acts that are no claims.
func TestPositionCues(t *testing.T) {
	tests := []struct {
		text   string
		claims []row
	}{
		{"Senior officials spoke about the risks of the raid.", []row{said("Senior officials", "spoke about", "the risks of the raid")}},
		{"The pope spoke of the malaise in Mexican society.", []row{said("The pope", "spoke of", "the malaise in Mexican society")}},
		{"The council voted against the resolution.", []row{attitude("The council", "voted against", "the resolution")}},
		{"Most of the delegates had voted in favor of the rule.", []row{attitude("Most of the delegates", "voted in favor of", "the rule")}},
		{"Rubio fired back at Christie over the state's credit rating.", []row{said("Rubio", "fired back at", "Christie over the state's credit rating")}},
		{"The Dallas Morning News backed Clinton in the primary.", []row{attitude("The Dallas Morning News", "backed", "Clinton in the primary")}},
		{"Minnesota's governor is backing Hillary Clinton.", []row{attitude("Minnesota's governor", "backing", "Hillary Clinton")}},
		{"Most Democratic senators support reforming the system.", []row{attitude("Most Democratic senators", "support", "reforming the system")}},
		{"They support the plan.", []row{attitude("They", "support", "the plan")}},
		{"China and Russia support the government.", []row{attitude("China and Russia", "support", "the government")}},
		{"Some 19 percent of college students polled support Clinton.", []row{attitude("Some 19 percent of college students polled", "support", "Clinton")}},
		// Acts, not positions; a noun; a question.
		{"The state's tax support ended in May. Do you support Trump?", nil},
		{"The senator backed down from the plan, and Rubio hit back.", nil},
		{"China is pushing back against American demands in the talks.", nil},
		{"Residents came to vote for a new mayor.", nil},
	}
	for _, tc := range tests {
		checkClaims(t, tc.text, tc.claims, nil)
	}
}
