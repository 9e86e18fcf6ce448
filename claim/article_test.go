package claim_test

import (
	"slices"
	"strings"
	"testing"

	hearsay "github.com/hearsay-go/hearsay"
	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// article builds an article from sentences of the form "SOURCE: CONTENT":
// each is a claim of SOURCE (one source for each distinct name), with its
// Content a span of the text.
func article(lines ...string) (string, []*claim.Claim) {
	var b strings.Builder
	var claims []*claim.Claim
	srcs := map[string]*source.Source{}
	for i, l := range lines {
		name, content, _ := strings.Cut(l, ": ")
		src := srcs[name]
		if src == nil {
			src = &source.Source{Kind: source.Named, Entity: source.Person, Name: name}
			srcs[name] = src
		}
		start := b.Len() + len(name) + 1
		m := hearsay.Span{Start: b.Len(), End: b.Len() + len(name)}
		src.Mentions = append(src.Mentions, m)
		b.WriteString(name + " " + content + ".\n")
		claims = append(claims, &claim.Claim{ID: "c" + string(rune('1'+i)), Source: src, SourceMention: m,
			Content: hearsay.Span{Start: start, End: start + len(content)}, Text: content, Sentence: i})
	}
	return b.String(), claims
}

// cued is article for lines "Name cue: content", whose claims have the
// cue as their Cue: "Sanders urged: peaceable conduct".
func cued(lines ...string) (string, []*claim.Claim) {
	var b strings.Builder
	var claims []*claim.Claim
	srcs := map[string]*source.Source{}
	for i, l := range lines {
		head, content, _ := strings.Cut(l, ": ")
		name, cue, _ := strings.Cut(head, " ")
		src := srcs[name]
		if src == nil {
			src = &source.Source{Kind: source.Named, Entity: source.Person, Name: name}
			srcs[name] = src
		}
		m := hearsay.Span{Start: b.Len(), End: b.Len() + len(name)}
		src.Mentions = append(src.Mentions, m)
		cs := m.End + 1
		start := cs + len(cue) + 1
		b.WriteString(name + " " + cue + " " + content + ".\n")
		claims = append(claims, &claim.Claim{ID: "c" + string(rune('1'+i)), Source: src, SourceMention: m,
			Cue: hearsay.Span{Start: cs, End: cs + len(cue)}, Content: hearsay.Span{Start: start, End: start + len(content)},
			Text: content, Sentence: i})
	}
	return b.String(), claims
}

// conflictOf returns the conflict of claims a and b in cs, or a zero one.
// hasReason reports whether c has a reason of that detail.
func hasReason(c claim.Conflict, detail string) bool {
	return slices.ContainsFunc(c.Reasons, func(r claim.Reason) bool { return r.Detail == detail })
}

func conflictOf(cs []claim.Conflict, a, b *claim.Claim) claim.Conflict {
	for _, c := range cs {
		if c.A == a && c.B == b || c.A == b && c.B == a {
			return c
		}
	}
	return claim.Conflict{}
}

// TestConflictsInTopic: in an article, opposed framing counts between
// claims on the article's topic, or where one's pronoun points at the
// other, though they share no word; not between a claim on the topic and
// one about something else.
func TestConflictsInTopic(t *testing.T) {
	tests := []struct {
		name        string
		lines       []string
		a, b        int
		contradicts bool
	}{
		{"on the article's topic", []string{
			"Lee: Beijing backpedaled on its commitments",
			"Kim: the negotiations are a normal part of the process",
			"Park: Beijing's negotiations with Washington resumed on Monday",
		}, 0, 1, true},
		{"a pronoun that points back", []string{
			"Lee: China’s strategy is backpedaling on commitments",
			"Kim: it was a normal part of the process",
		}, 0, 1, true},
		{"the weather is no part of the talks", []string{
			"Lee: China backpedaled on its trade promises",
			"Kim: the trade talks with China resumed on Monday",
			"Park: the weather was normal for October",
		}, 0, 2, false},
		{"states of one thing on the article's topic", []string{
			"Lee: the stadium vote is on schedule",
			"Kim: the council's plan was delayed",
			"Park: the council's stadium plan goes to a vote in June",
			"Ortiz: the stadium vote will settle the council's plan",
		}, 0, 1, true},
		{"a state of something off the article's topic", []string{
			"Lee: the stadium vote is on schedule",
			"Kim: the flight to Denver was delayed",
			"Park: the council's stadium plan goes to a vote in June",
			"Ortiz: the stadium vote will settle the council's plan",
		}, 0, 1, false},
		{"a pronoun two sentences on points at nothing", []string{
			"Lee: China’s strategy is backpedaling on commitments",
			"Kim: markets rose on Monday",
			"Park: bonds fell",
			"Ortiz: it was a normal part of the process",
		}, 0, 3, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, claims := article(tc.lines...)
			got := conflictOf(claim.ConflictsIn(text, claims), claims[tc.a], claims[tc.b])
			if got.Contradicts != tc.contradicts {
				t.Errorf("%q ~ %q: %+v; want contradicts %v", claims[tc.a].Text, claims[tc.b].Text, got.Score, tc.contradicts)
			}
			if alone := claim.Contradiction(claims[tc.a], claims[tc.b]); alone.Value != 0 {
				t.Errorf("read alone: %+v, want 0 for claims that share no word", alone)
			}
		})
	}
}

// TestConflictsInPositions: opposed positions between an article's
// sources, with their sides as added evidence that never decides alone.
func TestConflictsInPositions(t *testing.T) {
	t.Run("a claim against the other's source", func(t *testing.T) {
		text, claims := article(
			"Sanders: Clinton is ducking the debates because she is afraid of losing",
			"Clinton: the debate in Brooklyn should be held on April 4")
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if len(got.Reasons) == 0 || got.Reasons[0].Kind != claim.ReasonPosition {
			t.Errorf("%+v; want a position first", got.Score)
		}
	})
	t.Run("the spans of a claim against the other's source, in the pair's order", func(t *testing.T) {
		text, claims := article(
			"Clinton: the debate in Brooklyn should be held on April 4",
			"Sanders: Clinton is ducking the debates because she is afraid of losing")
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if len(got.Reasons) == 0 || len(got.Reasons[0].Spans) != 2 {
			t.Fatalf("%+v; want a reason with two spans", got)
		}
		for k, c := range []*claim.Claim{got.A, got.B} {
			if sp := got.Reasons[0].Spans[k]; !c.Content.Contains(sp) {
				t.Errorf("span %d %q is not in the content of %s, %q", k, sp.Text(text), c.ID, c.Text)
			}
		}
	})
	t.Run("an act meant against its criticism", func(t *testing.T) {
		for _, tc := range []struct {
			a, b        string
			contradicts bool
		}{
			{"Lee: they would try to repeal the water law next year", "Kim: repealing the water law would be a mistake", true},
			{"Lee: the governor will veto the budget", "Kim: a veto of the budget would be reckless", true},
			// An act meant, against an act done: no position either way.
			{"Lee: the council will repeal the parking fee", "Kim: the council repealed the parking fee on Monday", false},
			// A light verb is no act on a law.
			{"Lee: the city would get the contract", "Kim: getting the contract would be a mistake", false},
		} {
			text, claims := article(tc.a, tc.b)
			got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
			has := slices.ContainsFunc(got.Reasons, func(r claim.Reason) bool { return r.Kind == claim.ReasonPosition })
			if has != tc.contradicts {
				t.Errorf("%q ~ %q: %+v; want a position %v", claims[0].Text, claims[1].Text, got.Score, tc.contradicts)
			}
		}
	})
	t.Run("camps valued oppositely", func(t *testing.T) {
		text, claims := article(
			"Supporters: the wage increase will help struggling families and reduce poverty",
			"Opponents: the wage increase will hurt small businesses and destroy jobs")
		claims[0].Source.Kind, claims[0].Source.Name, claims[0].Source.Descriptor = source.Anonymous, "", "Supporters"
		claims[1].Source.Kind, claims[1].Source.Name, claims[1].Source.Descriptor = source.Anonymous, "", "Opponents"
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		var kinds []claim.ReasonKind
		for _, r := range got.Reasons {
			kinds = append(kinds, r.Kind)
		}
		if !got.Contradicts || !slices.Contains(kinds, claim.ReasonPosition) || !slices.Contains(kinds, claim.ReasonContrast) {
			t.Errorf("%+v; want a position and the sides' contrast, flagged", got.Score)
		}
		// Without sides, the position alone stays under the threshold.
		noSides := claim.NewScorer(claim.Options{IgnoreSides: true})
		alone := conflictOf(noSides.ConflictsIn(text, claims), claims[0], claims[1])
		if alone.Contradicts || len(alone.Reasons) != 1 || alone.Reasons[0].Kind != claim.ReasonPosition {
			t.Errorf("IgnoreSides: %+v; want a position alone, under the threshold", alone.Score)
		}
	})
	t.Run("a given name tells one person of a surname from another", func(t *testing.T) {
		for _, tc := range []struct {
			attack  string
			against bool
		}{
			{"Trump: Ted Cruz is a liar and a fraud who lies about everything", true},
			{"Trump: Senator Cruz is a liar and a fraud who lies about everything", true},
			{"Trump: Cruz is a liar and a fraud who lies about everything", true},
			{"Trump: Rafael Cruz is a liar and a fraud who lies about everything", false},
		} {
			text, claims := article(
				"Ted Cruz: he qualifies as a natural-born citizen because his mother was born in Delaware",
				tc.attack)
			got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
			if found := hasReason(got, "against Ted Cruz"); found != tc.against {
				t.Errorf("%q: against Ted Cruz %v, want %v (%+v)", tc.attack, found, tc.against, got.Score)
			}
		}
	})
	t.Run("what a mention says of a source after its name is no name of it", func(t *testing.T) {
		text, claims := article(
			"Nick Merrill, a spokesman for Mrs. Clinton: the central focus of the campaign was wages and jobs",
			"Trump: Clinton is a liar and a fraud who lies about everything")
		claims[0].Source.Name = "Nick Merrill"
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		for _, r := range got.Reasons {
			if strings.HasPrefix(r.Detail, "against Nick Merrill") {
				t.Errorf("%+v; want no claim against Merrill, who is not Clinton", got.Score)
			}
		}
	})
	t.Run("a valuing cue values the name that heads its object", func(t *testing.T) {
		text, claims := cued(
			"Khan said: he would like to visit America as mayor",
			"Trump said: there will always be exceptions for good people",
			"Mayor rejected: Trump's offer to make an exception to the ban for Khan")
		cs := claim.ConflictsIn(text, claims)
		if !hasReason(conflictOf(cs, claims[1], claims[2]), "against Trump") {
			t.Errorf("%+v; want the rejection against Trump", conflictOf(cs, claims[1], claims[2]).Score)
		}
		if hasReason(conflictOf(cs, claims[0], claims[2]), "against Khan") {
			t.Errorf("%+v; want no rejection of Khan, whom the offer is for", conflictOf(cs, claims[0], claims[2]).Score)
		}
	})
	t.Run("a denial agrees with a negation, whatever the two value", func(t *testing.T) {
		text, claims := cued(
			"Aides dismissed: any implication that Mrs. Clinton would outsource a central part of her administration to her spouse",
			"Merrill said: the central focus of her campaign was increasing wages and creating good jobs, and she would not outsource that effort")
		claims[0].Polarity, claims[0].CueClass = claim.Denied, claim.Denial
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		for _, r := range got.Reasons {
			if r.Kind == claim.ReasonPosition {
				t.Errorf("%+v; want no opposed position between two who say she would not", got.Score)
			}
		}
	})
	t.Run("a name after than is valued the other way", func(t *testing.T) {
		for _, tc := range []struct {
			poll    string
			against bool
		}{
			{"Pollsters: voters have a far better opinion of Smith than of Jones or of the mayor", true},
			{"Pollsters: voters have a far better opinion of Jones than of Smith or of the mayor", false},
			{"Pollsters: no one has done more good for this city than Jones, a great and generous man", false},
			{"Pollsters: the new stadium will cost far more than Jones said, a terrible waste", true},
		} {
			text, claims := article(tc.poll, "Jones: voters have a good opinion of me and of my plan")
			got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
			if found := hasReason(got, "against Jones"); found != tc.against {
				t.Errorf("%q: against Jones %v, want %v (%+v)", tc.poll, found, tc.against, got.Score)
			}
		}
	})
	t.Run("a body is named by its whole name", func(t *testing.T) {
		for _, tc := range []struct {
			attack  string
			against bool
		}{
			{"Critics: the Republican National Committee is a disgrace and a failure", true},
			{"Critics: the Democratic National Committee is a disgrace and a failure", false},
		} {
			text, claims := article("Republican National Committee: the party will hold its convention in Cleveland", tc.attack)
			claims[0].Source.Entity = source.Organization
			got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
			if found := hasReason(got, "against Republican National Committee"); found != tc.against {
				t.Errorf("%q: against the RNC %v, want %v (%+v)", tc.attack, found, tc.against, got.Score)
			}
		}
	})
	t.Run("Mr. and Mrs. tell a couple apart", func(t *testing.T) {
		for _, tc := range []struct {
			attack  string
			against bool
		}{
			{"Trump: Mrs. Clinton is a liar and a fraud who lies about everything", true},
			{"Trump: Mr. Clinton is a liar and a fraud who lies about everything", false},
		} {
			text, claims := article("Hillary Clinton: she will raise wages for working families", tc.attack)
			she := strings.Index(text, "she")
			src := claims[0].Source
			src.Mentions = append(src.Mentions, hearsay.Span{Start: she, End: she + 3})
			got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
			if found := hasReason(got, "against Hillary Clinton"); found != tc.against {
				t.Errorf("%q: against Hillary Clinton %v, want %v (%+v)", tc.attack, found, tc.against, got.Score)
			}
		}
	})
	t.Run("rival parties alone are no conflict", func(t *testing.T) {
		text, claims := article(
			"Ortiz: the bridge on Main Street will reopen in May",
			"Lee: the school board met on Tuesday to discuss the bridge on Main Street")
		claims[0].Source.Affiliation, claims[1].Source.Affiliation = "Democratic", "Republican"
		// Rivals on one topic are listed, far under the threshold, with
		// their sides as the only reason.
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if got.Contradicts || got.Value > 0.05 || len(got.Reasons) != 1 || got.Reasons[0].Kind != claim.ReasonContrast {
			t.Errorf("%+v; want only the rivals' sides, far under the threshold", got.Score)
		}
		noSides := claim.NewScorer(claim.Options{IgnoreSides: true})
		if got := conflictOf(noSides.ConflictsIn(text, claims), claims[0], claims[1]); got.Value != 0 {
			t.Errorf("IgnoreSides: %+v; want no conflict between rivals who say nothing opposed", got.Score)
		}
	})
	t.Run("allies alone are nothing", func(t *testing.T) {
		text, claims := article(
			"Ortiz: the bridge on Main Street will reopen in May",
			"Lee: the school board met on Tuesday to discuss the bridge on Main Street")
		claims[0].Source.Affiliation, claims[1].Source.Affiliation = "Democratic", "Democratic"
		if got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1]); got.Value != 0 {
			t.Errorf("%+v; want nothing between allies who say nothing opposed", got.Score)
		}
	})
	t.Run("two sources on one topic", func(t *testing.T) {
		text, claims := article(
			"Ortiz: the bridge on Main Street will reopen in May",
			"Lee: the school board met on Tuesday to discuss the bridge on Main Street",
			"Ortiz: the bridge on Main Street will cost less than planned")
		// Two sources of no known sides, side by side on one topic, are
		// listed under rivals: more often at odds than one source with
		// itself, but never a conflict on that alone.
		two := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if two.Contradicts || two.Value == 0 || len(two.Reasons) != 1 || !strings.HasPrefix(two.Reasons[0].Detail, "two sources: ") {
			t.Errorf("%+v; want only the two sources, far under the threshold", two.Score)
		}
		if own := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[2]); own.Value != 0 {
			t.Errorf("one source: %+v; want nothing", own.Score)
		}
		claims[0].Source.Affiliation, claims[1].Source.Affiliation = "Democratic", "Republican"
		if rivals := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1]); rivals.Value <= two.Value {
			t.Errorf("rivals %+v, two sources %+v; want the rivals above", rivals.Score, two.Score)
		}
		noSides := claim.NewScorer(claim.Options{IgnoreSides: true})
		claims[0].Source.Affiliation, claims[1].Source.Affiliation = "", ""
		if got := conflictOf(noSides.ConflictsIn(text, claims), claims[0], claims[1]); got.Value != 0 {
			t.Errorf("IgnoreSides: %+v; want nothing between two sources who say nothing opposed", got.Score)
		}
	})
	t.Run("a negated compound with a prefix", func(t *testing.T) {
		text, claims := article(
			"Lee: that is not a pro-Israel policy",
			"Kim: the candidate is a friend of Israel")
		// "not a pro-Israel policy" denies the compound, not "Israel".
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		for _, r := range got.Reasons {
			if r.Kind == claim.ReasonNegation {
				t.Errorf("%+v; want no negation of Israel", got.Score)
			}
		}
	})
	t.Run("views over facts", func(t *testing.T) {
		text, claims := article(
			"Ortiz: the bridge on Main Street closed in March for repairs",
			"Lee: the bridge on Main Street reopened to traffic on Friday",
			"Kim: the bridge on Main Street is a wonderful gift to the town")
		claims[1].Quote = claim.Direct
		// Two sources on one topic whose claims give views are listed
		// above two whose claims report facts: views are opposed more
		// often. A direct quote and a claim that values its topic each
		// give one.
		cs := claim.ConflictsIn(text, claims)
		facts, views := conflictOf(cs, claims[0], claims[1]), conflictOf(cs, claims[1], claims[2])
		claims[1].Quote = claim.Indirect
		plain := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if facts.Value <= plain.Value || views.Value <= facts.Value || views.Contradicts {
			t.Errorf("facts %+v, one quoted %+v, a view too %+v; want each above the one before, none a conflict",
				plain.Score, facts.Score, views.Score)
		}
	})
	t.Run("a thing whose rise is good news or bad", func(t *testing.T) {
		text, claims := article(
			"Ortiz: the wage law will raise incomes across the county",
			"Lee: the wage law will raise prices across the county")
		// "raise incomes" speaks well and "raise prices" ill, though
		// VADER values neither word.
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if len(got.Reasons) == 0 || got.Reasons[0].Kind != claim.ReasonPosition {
			t.Errorf("%+v; want a position first", got.Score)
		}
	})
	t.Run("two sources who say one thing", func(t *testing.T) {
		text, claims := article(
			"Ortiz: the bridge on Main Street will reopen in May after repairs",
			"Lee: the bridge on Main Street will reopen in May",
			"Kim: the county wasted its money on the bridge")
		// With nothing else between them, two sources who say one thing in
		// the same words are listed under two who say different things on
		// the topic: the words they share are evidence of agreement.
		cs := claim.ConflictsIn(text, claims)
		same, other := conflictOf(cs, claims[0], claims[1]), conflictOf(cs, claims[1], claims[2])
		if same.Value == 0 || other.Value <= same.Value {
			t.Errorf("restated %+v, on the topic %+v; want the restatement under the other", same.Score, other.Score)
		}
	})
	t.Run("a source that argues", func(t *testing.T) {
		text, claims := cued(
			"Sanders urged: peaceable conduct at his rallies",
			"Lee said: he would like to punch the protester in the crowd",
			"Kim announced: the arena opens its doors at six",
			"Lee added: the crowd was larger than last week",
			"Sanders insisted: nobody should be hurt")
		// A source that argues a side is listed against another source
		// though their claims share no word, above two sources on one
		// topic; never a conflict on that alone.
		cs := claim.ConflictsIn(text, claims)
		arg := conflictOf(cs, claims[0], claims[1])
		if arg.Contradicts || arg.Value == 0 || len(arg.Reasons) != 1 || !strings.HasPrefix(arg.Reasons[0].Detail, "two sources, one arguing: ") {
			t.Errorf("urged / said: %+v; want the arguing source alone, far under the threshold", arg.Score)
		}
		// Claims reported, not argued, of no shared topic: nothing.
		if got := conflictOf(cs, claims[2], claims[3]); got.Value != 0 {
			t.Errorf("announced / added: %+v; want nothing", got.Score)
		}
		// One source arguing with itself: nothing.
		if got := conflictOf(cs, claims[0], claims[4]); got.Value != 0 {
			t.Errorf("one source: %+v; want nothing", got.Score)
		}
		two := conflictOf(cs, claims[1], claims[3])
		if two.Value != 0 {
			t.Errorf("one source, said / added: %+v; want nothing", two.Score)
		}
		text, claims = cued(
			"Ortiz urged: the bridge on Main Street reopen in May",
			"Lee said: the bridge on Main Street will reopen in June",
			"Ruiz said: the bridge on Main Street will cost less than planned")
		cs = claim.ConflictsIn(text, claims)
		argued, plain := conflictOf(cs, claims[0], claims[2]), conflictOf(cs, claims[1], claims[2])
		if argued.Value <= plain.Value || plain.Value == 0 {
			t.Errorf("urged / said %+v, said / said %+v; want the arguing pair above two sources", argued.Score, plain.Score)
		}
	})
	t.Run("against each other whatever else they say", func(t *testing.T) {
		text, claims := article(
			"Warren: Jo White is a dedicated and respected public servant",
			"Warren: Jo White is a disgrace who failed investors",
			"White: the commission was aggressive and successful")
		// Warren both praises and condemns White: the two are set against
		// each other, not allies.
		got := conflictOf(claim.ConflictsIn(text, claims), claims[1], claims[2])
		if got.Value == 0 || !slices.ContainsFunc(got.Reasons, func(r claim.Reason) bool { return strings.HasPrefix(r.Detail, "sides: ") }) {
			t.Errorf("%+v; want opposed sides", got.Score)
		}
	})
	t.Run("one source holds one position", func(t *testing.T) {
		text, claims := article(
			"Lee: the stadium plan is a disaster for taxpayers",
			"Lee: the stadium plan's new park is a wonderful gift to the city")
		if got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1]); got.Value != 0 {
			t.Errorf("%+v; want no position between one source's claims", got.Score)
		}
	})
	t.Run("undoing what is valued", func(t *testing.T) {
		text, claims := article(
			"Lee: the new gun law is a disgrace",
			"Kim: repealing the gun law would be the disgrace")
		got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
		if len(got.Reasons) == 0 || got.Reasons[0].Kind != claim.ReasonPosition {
			t.Errorf("%+v; want a position", got.Score)
		}
	})
}

// TestConflictsInNegationElsewhere: read alone, a negation about something
// else than what two claims share weighs a little; in an article, whose
// claims share its topic, nothing: the two sources are all that is left
// between them.
func TestConflictsInNegationElsewhere(t *testing.T) {
	text, claims := article(
		"Lee: the governor signed the budget on Monday, and the unions did not strike",
		"Kim: the governor signed the budget on Monday")
	if alone := claim.Contradiction(claims[0], claims[1]); alone.Value == 0 {
		t.Fatalf("read alone: %+v; want a weak negation", alone)
	}
	got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
	if got.Value > 0.05 || slices.ContainsFunc(got.Reasons, func(r claim.Reason) bool { return r.Kind == claim.ReasonNegation }) {
		t.Errorf("in the article: %+v; want no negation, only two sources far under the threshold", got.Score)
	}
}

// TestConflictsInNegatedSubject: read alone, a negated clause about what
// the other claim is about conflicts with it ("Macaulay Culkin hasn't
// died"); in an article, whose claims share its names and its predicates,
// it is no reason: only a shared word that the negation denies is.
func TestConflictsInNegatedSubject(t *testing.T) {
	text, claims := article(
		"Lee: European leaders are not in control of the continent's borders",
		"Kim: the attacks will harden European attitudes toward migrants")
	if alone := claim.Contradiction(claims[0], claims[1]); alone.Value == 0 {
		t.Fatalf("read alone: %+v; want a negation", alone)
	}
	if got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1]); got.Contradicts {
		t.Errorf("in the article: %+v; want no conflict", got.Score)
	}
}

// TestConflictsInOneSource: in an article, the reasons between two claims
// of one source weigh less (a source holds one position), but a clear
// contradiction of its own words is still one.
func TestConflictsInOneSource(t *testing.T) {
	text, claims := article(
		"Lee: the old bridge on Main Street is safe for trucks",
		"Kim: the old bridge on Main Street is not safe for trucks",
		"Lee: the old bridge on Main Street is not safe for trucks")
	cs := claim.ConflictsIn(text, claims)
	others, own := conflictOf(cs, claims[0], claims[1]), conflictOf(cs, claims[0], claims[2])
	if !others.Contradicts || !own.Contradicts || own.Value >= others.Value {
		t.Errorf("two sources %+v, one source %+v; want both flagged, one source's lower", others.Score, own.Score)
	}
}

// TestConflictsInNamedValue: a claim that names several sources values
// each by the words of its clause, not by the whole claim.
func TestConflictsInNamedValue(t *testing.T) {
	text, claims := article(
		"Ortiz: Lee is a wonderful mayor, while Park has been a disaster for the city",
		"Lee: the city's budget will be balanced next year")
	got := conflictOf(claim.ConflictsIn(text, claims), claims[0], claims[1])
	for _, r := range got.Reasons {
		if r.Kind == claim.ReasonPosition && strings.Contains(r.Detail, "against") {
			t.Errorf("%+v; Ortiz speaks for Lee, not against", got.Score)
		}
	}
}
