package attribution_test

import "testing"

// TestInfinitiveCues: a cue whose content is an infinitive, in the
// progressive and as a gerund after a clause as well as in the past; a
// refusal only where what is refused is a position ("to endorse", "to
// say"); and the infinitives that are no claim.
func TestInfinitiveCues(t *testing.T) {
	tests := []struct {
		text   string
		claims []row
		silent []string
	}{
		{text: "Clinton is promising to raise the minimum wage.",
			claims: []row{said("Clinton", "promising", "to raise the minimum wage")}},
		{text: "The governor has been vowing to veto the bill.",
			claims: []row{said("The governor", "vowing", "to veto the bill")}},
		{text: "The mayor spoke for an hour, vowing to fight on.",
			claims: []row{said("The mayor", "vowing", "to fight on")}},
		{text: "The senator sought to delay the vote until March.",
			claims: []row{attitude("The senator", "sought", "to delay the vote until March")}},
		{text: "Republicans are seeking to block the nominee.",
			claims: []row{attitude("Republicans", "seeking", "to block the nominee")}},
		{text: "The plan aims to cut emissions by half.",
			claims: []row{attitude("The plan", "aims", "to cut emissions by half")}},
		{text: "Trump refused to endorse Ryan in the primary.",
			claims: []row{said("Trump", "refused", "to endorse Ryan in the primary")}},
		{text: "The minister refuses to say whether taxes will rise.",
			claims: []row{said("The minister", "refuses", "to say whether taxes will rise")}},
		// A verb of aspect before "to" is part of the cue's verb group.
		{text: "He continued to express doubts about her record.",
			claims: []row{said("He", "express", "doubts about her record")}},
		{text: "Trump began to argue that the vote was rigged.",
			claims: []row{said("Trump", "argue", "the vote was rigged")}},
		// An act refused, not a position: no claim.
		{text: "Beijing refused to give ground on the tariffs."},
		{text: "The union has sought a raise for years."},
		{text: "The board met in May and refused to give ground."},
		// An answer kept back: a source that did not respond.
		{text: "Trump refused to comment.", silent: []string{"Trump"}},
		{text: "Smith left the room, declining to comment.", silent: []string{"Smith"}},
		{text: "The board declined the offer and said it would wait.",
			claims: []row{said("The board", "said", "it would wait")}},
	}
	for _, tc := range tests {
		checkClaims(t, tc.text, tc.claims, tc.silent)
	}
}
