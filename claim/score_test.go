package claim_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/claim"
	"github.com/hearsay-go/hearsay/source"
)

// statement is a claim of text with no source, as a headline is.
func statement(text string) *claim.Claim { return &claim.Claim{Text: text} }

func denied(text string) *claim.Claim { return &claim.Claim{Text: text, Polarity: claim.Denied} }

func by(descriptor, text string) *claim.Claim {
	return &claim.Claim{Text: text, Source: &source.Source{Kind: source.Anonymous, Descriptor: descriptor}}
}

// TestContradictionReasons has a case for each kind of reason, and pairs
// that must not be flagged.
func TestContradictionReasons(t *testing.T) {
	tests := []struct {
		name        string
		a, b        *claim.Claim
		contradicts bool
		kinds       []claim.ReasonKind // the reasons, strongest first; nil for none
	}{
		{"denial", statement("Chinese officials have backed away from previous pledges on data protection"),
			denied("Chinese officials have backed away from previous pledges on data protection"),
			true, []claim.ReasonKind{claim.ReasonFraming, claim.ReasonDenial}},
		{"negation", statement("A woman is eating a cupcake"), statement("A woman is not eating a cupcake"),
			true, []claim.ReasonKind{claim.ReasonNegation}},
		{"negation with there is no", statement("A brown dog and a black dog are playing in the sand"),
			statement("There is no brown dog and black dog playing in the sand"),
			true, []claim.ReasonKind{claim.ReasonNegation}},
		{"antonym", statement("Oil prices rose sharply on Tuesday"), statement("Oil prices fell sharply on Tuesday"),
			true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"opposite particles", statement("Oil prices went up on Tuesday"), statement("Oil prices went down on Tuesday"),
			true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"for and against", statement("The senator voted for the bill"), statement("The senator voted against the bill"),
			true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"indirect antonym", statement("A small dog is running in the park"), statement("A huge dog is running in the park"),
			true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"co-hyponym", statement("A man is holding a dog"), statement("A man is holding a cat"),
			true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"one word swapped in a short claim", statement("The man is in Spain"), statement("The man is in Argentina"),
			true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"one name swapped among function words", statement("They are in Japan."), statement("They are in Vietnam."),
			true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"one verb swapped among function words", statement("It was raining."), statement("It was snowing."),
			true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"compound and a kind of its head", statement("The toddlers are playing in the living room"),
			statement("The toddlers are playing in the bedroom"), true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		// Colors and materials exclude each other, though WordNet does not
		// make them co-hyponyms.
		{"material", statement("The wall behind the stage is made of brick"),
			statement("The wall behind the stage is made of bronze"), true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"color", statement("The little girl in the white dress is reading"),
			statement("The little girl in the silver dress is reading"), true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"color in a compound", statement("A black-haired girl is standing outside a tent"),
			statement("A blue-haired girl is standing outside a tent"), true, []claim.ReasonKind{claim.ReasonCoHyponym}},
		{"number", statement("U.S. and Chinese officials had come up with an almost 30-page text"),
			statement("U.S. and Chinese officials had come up with a 50-page text"),
			true, []claim.ReasonKind{claim.ReasonNumber}},
		{"percent", statement("Unemployment in the state rose to 10% last year"),
			statement("Unemployment in the state rose to 25% last year"),
			true, []claim.ReasonKind{claim.ReasonNumber}},
		{"ordinals, alike but for them", statement("The runner is in first place"),
			statement("The runner is in thirteenth place"), true, []claim.ReasonKind{claim.ReasonNumber}},
		{"numbers, and a word for its kind", statement("Two people were injured in the crash"),
			statement("Four people were injured in the accident"),
			true, []claim.ReasonKind{claim.ReasonNumber}},
		{"number words", statement("Two people were injured in the crash"),
			statement("Four people were injured in the crash"),
			true, []claim.ReasonKind{claim.ReasonNumber}},
		{"framing with contrast", by("some American officials", "China’s strategy as backpedaling on its commitments in the negotiation"),
			by("others", "it was a normal part of the negotiation process"),
			true, []claim.ReasonKind{claim.ReasonFraming, claim.ReasonContrast}},
		// Framing, read alone, needs words the claims share: the article
		// they come from may tell more (see TestConflictsInTopic).
		{"contrast of some and other economists", by("some economists", "the new tariffs will raise prices"),
			by("other economists", "the new tariffs will lower prices"), true,
			[]claim.ReasonKind{claim.ReasonAntonym, claim.ReasonContrast}},
		{"contrast of some and others in the party", by("some Republicans", "the tax plan is reckless"),
			by("others in the party", "the tax plan is prudent"), true,
			[]claim.ReasonKind{claim.ReasonPosition, claim.ReasonContrast}},
		{"framing with nothing shared", statement("China backpedaled on its trade promises"),
			statement("The weather was normal for October"), false, nil},
		{"framing of a description rebutted is not the claim's", statement("the talks toward a merger have stalled"),
			statement("reports of a breakthrough in the merger talks are premature"), false, nil},
		{"framing", statement("talks with China are “moving along nicely,”"),
			statement("progress slows toward a deal with China"),
			true, []claim.ReasonKind{claim.ReasonFraming}},
		{"one side against both, the later asserted", statement("The hostage was kidnapped"),
			statement("The hostage was kidnapped but is safe now"), true, []claim.ReasonKind{claim.ReasonFraming}},
		{"verbs news uses as opposites", statement("The mayor supports the new stadium plan"),
			statement("The mayor opposes the new stadium plan"), true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"up against down, a quantity aside", statement("The economy grew 3 percent in 2019"),
			statement("The economy shrank in 2019"), true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"going on against ending", statement("The strike continued on Monday"),
			statement("The strike ended on Monday"), true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"on track against stalled", statement("the trade talks are on track"),
			statement("the trade talks have stalled"),
			true, []claim.ReasonKind{claim.ReasonFraming}},
		{"safe against stolen", statement("The Batmobile was stolen"),
			statement("Detroit police issue a statement that the Batmobile is safe"),
			true, []claim.ReasonKind{claim.ReasonFraming}},
		{"refutation", statement("Artist Banksy drew a cartoon about the Charlie Hebdo murders"),
			statement("Banksy cartoon about Charlie Hebdo murders is a hoax"),
			true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"a refuting label before a colon", statement("The senator visited Ohio on Monday"),
			statement("Hoax: the senator visited Ohio on Monday"), true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"refuting part of a compound", statement("McDonald's will stop serving overweight customers"),
			statement("Fake-News: McDonald's Will Stop Serving Overweight Customers"),
			true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"rebutting verb with a report", statement("ISIS fighters were caught crossing the Mexico border"),
			statement("Officials shoot down congressman's claims ISIS fighters are crossing the Mexico border"),
			true, []claim.ReasonKind{claim.ReasonRebuttal}},
		{"doubt that", statement("A meteorite made the crater in Nicaragua"),
			statement("Scientists doubt that a meteorite made the crater in Nicaragua"),
			true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"lying, a falsehood", statement("The woman added a third breast"),
			statement("The woman who said she added a third breast was lying"),
			true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"a hoax denied against a hoax", statement("The third breast is a hoax"),
			statement("The third breast is not a hoax"), true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"hoaxer", statement("A Florida woman got a third breast"),
			statement("Woman who claimed to have a third breast exposed as hoaxer"),
			true, []claim.ReasonKind{claim.ReasonRefutation}},

		// Propositions stated both ways in other words.
		{"implicative: failed to", statement("The company failed to file its taxes on time"),
			statement("The company filed its taxes on time"), true, []claim.ReasonKind{claim.ReasonNegation}},
		{"implicative: refused to", statement("The mayor refused to sign the budget bill"),
			statement("The mayor signed the budget bill"), true, []claim.ReasonKind{claim.ReasonNegation}},
		{"passive against active, negated", statement("The city never paid the contractors"),
			statement("The contractors were paid by the city"), true, []claim.ReasonKind{claim.ReasonNegation}},
		{"approximate quantities", statement("The project cost about $40 million"),
			statement("The project cost closer to $25 million"), true, []claim.ReasonKind{claim.ReasonNumber}},
		{"a figure restated in fewer words", statement("The renovation will cost about $40 million"),
			statement("the cost closer to $25 million"), true, []claim.ReasonKind{claim.ReasonNumber}},
		{"millions restated", statement("The outage hit 2.3 million customers across the region"),
			statement("the outage hit about 40,000 customers"), true, []claim.ReasonKind{claim.ReasonNumber}},
		{"a figure in one clause of each", statement("the blaze was 15% contained and that crews expected to gain the upper hand within days"),
			statement("the fire was only 5% contained"), true, []claim.ReasonKind{claim.ReasonNumber}},
		{"counts in clauses too short to say of what", statement("The information was in 22 emails, across seven email chains, sent to the president"),
			statement("there were 18 messages between the two, comprising eight email chains"), false, nil},
		{"a quantity slowing is no process stalled", statement("inflation was firmly on track to reach the bank's target by next spring"),
			statement("inflation had slowed for four straight months"), false, nil},
		{"a process slowing is", statement("the merger talks were on track"),
			statement("the merger talks had slowed"), true, []claim.ReasonKind{claim.ReasonFraming}},
		{"two figures of two things", statement("The hashtag was even more popular, with 6.7 million posts in 10 hours"),
			statement("there were a million tweets with the hashtag within 24 hours"), false, nil},
		{"two polls", statement("54 percent of personnel said they would vote for Trump"),
			statement("Trump 46 percent to 32 percent"), false, nil},
		{"more than against fewer", statement("More than 40 people were hurt in the blast"),
			statement("35 people were hurt in the blast"), true, []claim.ReasonKind{claim.ReasonNumber}},
		{"times of one event", statement("The bridge will reopen by March"),
			statement("The bridge will reopen in the summer"), true, []claim.ReasonKind{claim.ReasonTime}},
		{"years of one event", statement("The plant will close in 2025"),
			statement("The plant will close in 2027"), true, []claim.ReasonKind{claim.ReasonTime}},
		{"event states: on time, delayed", statement("The flight from Denver arrived on time"),
			statement("The flight from Denver was delayed"), true, []claim.ReasonKind{claim.ReasonState}},
		{"event states: married, divorced", statement("The couple is still married"),
			statement("The couple divorced last year"), true, []claim.ReasonKind{claim.ReasonState}},
		{"event states: released, in custody", statement("The suspect was released on Monday"),
			statement("The suspect remains in custody"), true, []claim.ReasonKind{claim.ReasonState}},
		{"event states: losing, the same as before", statement("Support for the mayor is losing ground after the debate"),
			statement("Support for the mayor was the same as before the debate"), true, []claim.ReasonKind{claim.ReasonState}},
		{"event states: losing, holding steady", statement("The poll showed the senator losing supporters after the debate"),
			statement("The survey showed the senator's supporters holding steady after the debate"), true,
			[]claim.ReasonKind{claim.ReasonState}},
		{"backs against opposes", statement("The senator backs the water bill"),
			statement("The senator opposes the water bill"), true, []claim.ReasonKind{claim.ReasonAntonym}},
		{"a word valued oppositely in its place", statement("The governor's plan is reckless"),
			statement("The governor's plan is prudent"), true, []claim.ReasonKind{claim.ReasonPosition}},

		{"a denied object denies its verb", statement("Investigators found evidence of tampering in the count"),
			statement("Investigators found no evidence of tampering in the count"), true,
			[]claim.ReasonKind{claim.ReasonNegation, claim.ReasonRebuttal}},

		// Not conflicts.
		{"two denials, one by its object", statement("He has never committed voter fraud"),
			statement("Investigators confirmed he had committed no voter fraud"), false, nil},
		{"about 40 and 42 may be one number", statement("About 40 people were hurt in the blast"),
			statement("42 people were hurt in the blast"), false, nil},
		{"one claim gives both times", statement("The bridge will be closed from March to June"),
			statement("The bridge will be closed in June"), false, nil},
		{"managed to asserts", statement("The mayor managed to sign the budget bill"),
			statement("The mayor signed the budget bill"), false, nil},
		{"states of two things", statement("The flight from Denver arrived on time"),
			statement("The train to Boston was delayed by snow"), false, nil},
		{"no one lying, a posture", statement("Two children are lying in the snow"),
			statement("There is no child lying in the snow"), true, []claim.ReasonKind{claim.ReasonNegation}},
		{"lying, a posture", statement("A brown dog is in the grass"),
			statement("A brown dog is lying in the grass"), false, nil},
		{"shot down, not a report", statement("A drone flew over the stadium"),
			statement("Police shot down a drone over the stadium"), false, nil},
		// Denying a refutation affirms: "no hoax" is no negation.
		{"no hoax", statement("A Florida woman got a third breast"),
			statement("She vows the footage will prove her third breast is no hoax"), false, nil},
		{"not fake", statement("A Florida woman got a third breast"),
			statement("Woman with a third breast: they are not fake"), false, nil},
		// Words of safety frame only a claim on the same topic.
		{"safe, another topic", statement("Two soldiers were killed in an attack on the base"),
			statement("The city says its tap water is safe to drink"), false, nil},
		{"little doubt that", statement("The gold watch will be the most expensive gadget Apple has sold"),
			statement("There is little doubt that the gold watch will be the most expensive gadget Apple has sold"), false, nil},
		{"not only", statement("The company cut prices and raised wages"),
			statement("The company not only cut prices but raised wages"), false, nil},
		{"same", statement("A woman is eating a cupcake"), statement("A woman is eating a cupcake"), false, nil},
		// Agreeing pairs: alike adjectives (one WordNet cluster) and a word
		// put for its kind.
		{"near-synonym", statement("A small baby stands near a cradle"), statement("A tiny baby stands near a cradle"),
			false, nil},
		{"hypernym", statement("The family plants tomatoes and potatoes in the garden"),
			statement("The family plants tomatoes and vegetables in the garden"), false, nil},
		{"compound and its head", statement("The toddlers are playing in the living room"),
			statement("The toddlers are playing in the room"), false, nil},
		{"forms of one verb", statement("The horse has been ridden by a man"),
			statement("The horse is riding by a man"), false, nil},
		// A swap of two things WordNet does not relate scores low: a
		// substitution, never a contradiction.
		{"substitution", statement("The wall behind the stage is covered with posters"),
			statement("The wall behind the stage is covered with ivy"), false, []claim.ReasonKind{claim.ReasonSubstitution}},
		{"one spelling for another", statement("A grey cat sleeps on the sofa"), statement("A gray cat sleeps on the sofa"), false, nil},
		{"synonym", statement("The company will buy the factory"), statement("The company will purchase the factory"), false, nil},
		{"unrelated", statement("Markets will experience a very big spike"),
			statement("USTR has sent comments to its Chinese counterparts"), false, nil},
		{"up and down", statement("Oil prices went up and down on Tuesday"), statement("Oil prices went down on Tuesday"),
			false, nil},
		{"opposite particles after other words", statement("The mayor showed up at the meeting"),
			statement("The mayor calmed down at the meeting"), false, []claim.ReasonKind{claim.ReasonSubstitution}},
		{"unrelated negations", statement("He did not attend the meeting"),
			statement("The weather was not good in Paris"), false, nil},
		{"denial agrees with framing", denied("Chinese officials have backed away from previous pledges"),
			statement("the negotiations are still ongoing and a back-and-forth is to be expected"), false, nil},
		{"same number", statement("Two people were injured"), statement("Two people were hurt"), false, nil},
		{"a contraction is no topic", statement("I’m not a scientist"),
			statement("I’m grateful to all the parties"), false, nil},
		{"or not denies nothing", statement("The discussions on whether climate change is happening or not are over"),
			statement("Climate change is happening"), false, nil},
		{"a refuting word about something else", statement("The senator visited Ohio on Monday"),
			statement("The senator, who visited Ohio on Monday, called the new tax plan a hoax"), false, nil},
		{"make up as form", statement("The community is a tenth of the population"),
			statement("The community makes up 18% of the population"), false, nil},
		{"a negation supposed", statement("The wage would rise faster if politicians didn't act"),
			statement("Politicians act on the wage"), false, nil},
		{"no question, an idiom", statement("There is no question the senator faces special scrutiny"),
			statement("The senator faces special scrutiny"), false, nil},
		{"an honorific is no topic", statement("Mr. Smith did not win the vote"),
			statement("Mr. Jones spoke at the meeting"), false, nil},
		{"opposite verbs on two things", statement("The company cut jobs in Ohio"),
			statement("The company raised prices in Ohio"), false, nil},
		{"two verbs that go one way", statement("Oil prices surged on Tuesday"),
			statement("Oil prices jumped on Tuesday"), false, nil},
		{"both sides, the later asserted, alike", statement("The hostage was kidnapped but is safe now"),
			statement("The hostage was kidnapped but is safe now"), false, nil},
		// A denial and a negation of one proposition agree: "denied that
		// she would outsource it" / "she would not outsource it".
		{"a denial agrees with a negation", denied("Mrs. Clinton would outsource the economy to her husband"),
			statement("Mrs. Clinton would not outsource the economy to her husband"), false, nil},
		{"reluctant to, as refused to", statement("The White House was refusing to call the shooting terrorism"),
			statement("The White House is still reluctant to call the shooting terrorism"), false, nil},
		{"nothing as helpful as: a comparison", statement("There is nothing as helpful to a programmer as a show with a brand"),
			statement("The network has a show with a brand"), false, nil},
		{"both sides against the later side", statement("The talks are on track even though they stalled last week"),
			statement("The talks stalled last week"), false, nil},
		// The clause that holds what the claims share values it: a
		// concession after it does not turn the claim's position.
		{"the shared word's clause values it", statement("The agency is feeble and weak in its enforcement"),
			statement("The agency has been quite aggressive and successful in its enforcement, but I also understand the frustration"),
			false, []claim.ReasonKind{claim.ReasonPosition}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := claim.Contradiction(tc.a, tc.b)
			var kinds []claim.ReasonKind
			for _, r := range got.Reasons {
				kinds = append(kinds, r.Kind)
			}
			if diff := cmp.Diff(tc.kinds, kinds); diff != "" {
				t.Errorf("reasons (-want +got):\n%s\nscore %+v", diff, got)
			}
			if !tc.contradicts && got.Value > 0.3 {
				t.Errorf("Value %.3f for claims that do not conflict; want at most 0.3", got.Value)
			}
			if got.Contradicts != tc.contradicts {
				t.Errorf("Contradicts = %v, want %v (score %.3f, reasons %+v)", got.Contradicts, tc.contradicts, got.Value, got.Reasons)
			}
			back := claim.Contradiction(tc.b, tc.a)
			if back.Value != got.Value {
				t.Errorf("not symmetric: %.3f one way, %.3f the other", got.Value, back.Value)
			}
			if got.Value < 0 || got.Value > 1 || math.IsNaN(got.Value) {
				t.Errorf("Value %v outside [0, 1]", got.Value)
			}
			if (got.Value == 0) != (len(got.Reasons) == 0) {
				t.Errorf("Value %v with %d reasons", got.Value, len(got.Reasons))
			}
		})
	}
}

// TestNegatedReadiness: a negated adjective of readiness ("not ready
// to", "wasn't willing to") denies the verb after "to", which is what the
// negation is found on.
func TestNegatedReadiness(t *testing.T) {
	for _, tc := range []struct{ a, b, detail string }{
		{"The mayor was not ready to sign the budget", "The mayor signed the budget on Monday", "not ready to sign / signed"},
		{"The senator wasn't willing to debate the governor", "The senator debated the governor", "wasn't willing to debate / debated"},
	} {
		got := claim.Contradiction(statement(tc.a), statement(tc.b))
		if len(got.Reasons) == 0 || got.Reasons[0].Kind != claim.ReasonNegation || got.Reasons[0].Detail != tc.detail || !got.Contradicts {
			t.Errorf("%q / %q: %+v; want a negation %q first, flagged", tc.a, tc.b, got, tc.detail)
		}
	}
}

// A negation about something else than what the claims share is weak
// evidence: alone it stays under the threshold, however much of their
// topic the claims share. So is the "No" that answers a claim's own
// question, which refutes nothing.
func TestNegationElsewhereAlone(t *testing.T) {
	for _, tc := range [][2]string{
		{"The governor signed the budget on Monday, and the unions did not strike", "The governor signed the budget on Monday"},
		{"Did I enjoy being treated like trash? No, not at all", "The crowd treated the candidate like trash at the rally"},
	} {
		got := claim.Contradiction(statement(tc[0]), statement(tc[1]))
		if len(got.Reasons) != 1 || got.Reasons[0].Kind != claim.ReasonNegation {
			t.Errorf("%q ~ %q: reasons %+v; want one negation", tc[0], tc[1], got.Reasons)
		}
		if got.Contradicts || got.Value >= claim.DefaultThreshold {
			t.Errorf("%q ~ %q: score %.3f, contradicts %v; want under %.2f", tc[0], tc[1], got.Value, got.Contradicts, claim.DefaultThreshold)
		}
	}
}

func TestContradictionEdges(t *testing.T) {
	c := statement("A woman is eating a cupcake")
	for _, tc := range []struct {
		name string
		a, b *claim.Claim
	}{
		{"nil", nil, c},
		{"both nil", nil, nil},
		{"empty", statement(""), c},
		{"self", c, c},
		{"parent", &claim.Claim{Text: "a woman is not eating a cupcake", Parent: c}, c},
		{"bad UTF-8", statement("\xff\xfe not \xc3"), statement("\xff\xfe \xc3")},
	} {
		if got := claim.Contradiction(tc.a, tc.b); got.Value != 0 || got.Reasons != nil {
			t.Errorf("%s: got %+v, want zero", tc.name, got)
		}
	}
}

func TestScorerThreshold(t *testing.T) {
	a, b := statement("Oil prices rose sharply on Tuesday"), statement("Oil prices fell sharply on Tuesday")
	if got := claim.NewScorer(claim.Options{}).Threshold(); got != claim.DefaultThreshold {
		t.Errorf("zero Options: threshold %v, want %v", got, claim.DefaultThreshold)
	}
	var zero claim.Scorer
	if got := zero.Threshold(); got != claim.DefaultThreshold {
		t.Errorf("zero Scorer: threshold %v, want %v", got, claim.DefaultThreshold)
	}
	if s := zero.Contradiction(a, b); !s.Contradicts {
		t.Errorf("zero Scorer: %+v, want a contradiction at the default threshold", s)
	}
	// A substitution scores above zero and under the threshold.
	posters, ivy := statement("The wall behind the stage is covered with posters"), statement("The wall behind the stage is covered with ivy")
	if s := zero.Contradiction(posters, ivy); s.Value == 0 || s.Contradicts {
		t.Errorf("zero Scorer: %+v, want a score above zero that does not contradict", s)
	}
	strict := claim.NewScorer(claim.Options{Threshold: 0.99})
	s := strict.Contradiction(a, b)
	if s.Contradicts || s.Value == 0 {
		t.Errorf("threshold 0.99: %+v, want a score that does not reach it", s)
	}
}

func TestReasonKindText(t *testing.T) {
	for k := claim.ReasonUnknown; k <= claim.ReasonTime; k++ {
		b, _ := k.MarshalText()
		if string(b) != k.String() || (k != claim.ReasonUnknown && k.String() == "") {
			t.Errorf("kind %d: MarshalText %q, String %q", k, b, k.String())
		}
	}
}

// Accents typed as one code point or as a letter and a combining mark are
// one word.
func TestContradictionNormalizes(t *testing.T) {
	a := statement("The caf\u00e9 on Main Street is open")
	b := statement("The cafe\u0301 on Main Street is not open")
	if got := claim.Contradiction(a, b); !got.Contradicts {
		t.Errorf("composed and decomposed café: %+v, want a negation", got)
	}
}

// TestScorerConcurrent scores shared claims from many goroutines (run
// with -race).
func TestScorerConcurrent(t *testing.T) {
	claims := articleClaims(t)
	want := claim.Conflicts(claims)
	s := claim.NewScorer(claim.Options{})
	done := make(chan []claim.Conflict)
	for range 4 {
		go func() {
			for i := range claims {
				for j := range claims {
					_ = s.Contradiction(claims[i], claims[j])
				}
			}
			done <- s.Conflicts(claims)
		}()
	}
	for range 4 {
		if got := <-done; len(got) != len(want) {
			t.Errorf("concurrent Conflicts found %d pairs, want %d", len(got), len(want))
		}
	}
}

// TestCompareAllDocumentRefutation: a refuting word in a sentence that does
// not name the topic refutes the other text when the texts share it.
func TestCompareAllDocumentRefutation(t *testing.T) {
	analyze := func(texts ...string) []*claim.Features {
		var fs []*claim.Features
		for _, s := range texts {
			fs = append(fs, claim.Analyze(statement(s)))
		}
		return fs
	}
	report := analyze("A tropical spider burrowed under a tourist's skin in Bali")
	tests := []struct {
		name              string
		headline, article []*claim.Features
		contradicts       bool
		kinds             []claim.ReasonKind
	}{
		{"refuted elsewhere", report, analyze("A tropical spider burrowed under a tourist's skin in Bali, a blog said.",
			"Doctors now say the whole thing was a hoax."), true, []claim.ReasonKind{claim.ReasonRefutation}},
		{"not refuted", report, analyze("A tropical spider burrowed under a tourist's skin in Bali, a blog said.",
			"Doctors removed it in a hospital."), false, nil},
		{"off topic", report, analyze("Stock markets in Asia rose on Monday.",
			"Analysts said rumours of a merger were a hoax."), false, nil},
		{"a text against itself", analyze("Officials did not enforce the rule.", "Officials enforce the rule strictly now."),
			analyze("Officials did not enforce the rule.", "Officials enforce the rule strictly now."), false, nil},
		{"a statement both make", analyze("Officials did not enforce the rule."),
			analyze("Officials did not enforce the rule.", "Officials enforce the rule strictly now."), false, nil},
		{"a hoax in both", analyze("The spider in the tourist's skin was a hoax"),
			analyze("The tale of a tropical spider under a tourist's skin in Bali spread fast.",
				"Doctors now say the whole thing was a hoax."), false, nil},
	}
	for _, tc := range tests {
		got := claim.NewScorer(claim.Options{}).CompareAll(tc.headline, tc.article)
		var kinds []claim.ReasonKind
		for _, r := range got.Reasons {
			kinds = append(kinds, r.Kind)
		}
		if diff := cmp.Diff(tc.kinds, kinds); diff != "" || got.Contradicts != tc.contradicts {
			t.Errorf("%s: reasons (-want +got):\n%s\nscore %+v", tc.name, diff, got)
		}
	}
}
