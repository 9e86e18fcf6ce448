package attribution_test

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/attribution"
	"github.com/hearsay-go/hearsay/source"
)

// src is what a registry test compares for one source: texts, not
// offsets or ids.
type src struct {
	Kind        string
	Name        string // Name, or Descriptor for a source without one
	Title       string
	Affiliation string
	Count       int
	CloseTo     string // the Name or Descriptor of the source it is close to
	PartOf      string // the Name or Descriptor of the group it is part of
	Silent      bool   // did not respond
	Mentions    []string
}

// srcs summarizes a document's sources in their order.
func srcs(doc *attribution.Document) []src {
	label := func(s *source.Source) string {
		switch {
		case s == nil:
			return ""
		case s.Name != "":
			return s.Name
		}
		return s.Descriptor
	}
	var out []src
	for _, s := range doc.Sources {
		r := src{Kind: s.Kind.String(), Name: label(s), Title: s.Title, Affiliation: s.Affiliation, Count: s.Count,
			CloseTo: label(s.CloseTo), PartOf: label(s.PartOf), Silent: s.NoResponse}
		for _, m := range s.Mentions {
			r.Mentions = append(r.Mentions, m.Text(doc.Text))
		}
		out = append(out, r)
	}
	return out
}

// TestRegistry checks how the mentions of a document are merged into
// sources and linked to each other, one rule a case.
func TestRegistry(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []src
		silent bool // compare only the sources that did not respond
	}{
		{
			// The subject of the sentence before is the pronoun's
			// antecedent, though another source spoke last.
			name: "a pronoun after a sentence that opens with a known name",
			text: "David Autor said trade had costs. Representative Mo Brooks said China would pay. " +
				"David Autor, like most economists, is still persuaded of its benefits. " +
				"“Our political system hasn't addressed those costs,” he said.",
			want: []src{
				{Kind: "named", Name: "David Autor", Mentions: []string{"David Autor", "he"}},
				{Kind: "named", Name: "Mo Brooks", Title: "Representative", Mentions: []string{"Representative Mo Brooks"}},
			},
		},
		{
			// A pronoun refers to the person mentioned last, though
			// another was first named since the first mention of that one.
			name: "a pronoun and the person mentioned last",
			text: "Donald Trump said the war was a mistake. George Allen said voters liked him. " +
				"In October, Trump said he backed the troops. He later denied his opposition to the war.",
			want: []src{
				{Kind: "named", Name: "Donald Trump", Mentions: []string{"Donald Trump", "Trump", "he", "He"}},
				{Kind: "named", Name: "George Allen", Mentions: []string{"George Allen"}},
			},
		},
		{
			// A person named after a noun for what they are, in a sentence
			// that attributes nothing, is the one the noun refers to
			// again; a headline's anonymous "diplomat" is not, and neither
			// is the person introduced before another by another noun.
			name: "the noun of a person introduced before",
			text: "British diplomat praises the president.\n\n" +
				"The president has an admirer in British diplomat Sir Peter Westmacott. " +
				"The diplomat said the legacy looks good.\n\n" +
				"Award-winning journalist Maria Lopez wrote a column. " +
				"The network's anchor Ilia Calderon wrote a letter. " +
				"The journalist said she was concerned.",
			want: []src{
				{Kind: "anonymous", Name: "British diplomat", Affiliation: "Britain", Mentions: []string{"British diplomat"}},
				{Kind: "named", Name: "Sir Peter Westmacott", Title: "diplomat", Mentions: []string{"The diplomat"}},
				{Kind: "anonymous", Name: "The journalist", Mentions: []string{"The journalist"}},
			},
		},
		{
			// A person who spoke since the introduction is the likelier:
			// the noun does not take the introduced one over them.
			name: "the noun of a person introduced before another spoke",
			text: "He spoke on a show with host Larry Smith. Jake Tapper said the leak was bad. " +
				"The CNN host said it was horrifying.",
			want: []src{
				{Kind: "named", Name: "Jake Tapper", Mentions: []string{"Jake Tapper"}},
				{Kind: "anonymous", Name: "The CNN host", Mentions: []string{"The CNN host"}},
			},
		},
		{
			// "the senator" is the last senator named, though the name's
			// title is written short.
			name: "a title written short before a name",
			text: "Sen. Ted Cruz said the deal was a mistake. The senator said he would vote against it.",
			want: []src{
				{Kind: "named", Name: "Ted Cruz", Title: "Sen.", Mentions: []string{"Sen. Ted Cruz", "The senator"}},
			},
		},
		{
			// A role that news gives the person it is about refers to the
			// person named last.
			name: "a role for the person named last",
			text: "Donald Trump said the wall would be built. The New York businessman said Mexico would pay.",
			want: []src{
				{Kind: "named", Name: "Donald Trump", Mentions: []string{"Donald Trump", "The New York businessman"}},
			},
		},
		{
			// "she" passes over a phrase that names no one.
			name: "a pronoun past a subject that names no one",
			text: "Maria Lopez said the guards shoved her. The moment came at noon, calling the crowd “a mob.” " +
				"“I was scared,” she said.",
			want: []src{
				{Kind: "named", Name: "Maria Lopez", Mentions: []string{"Maria Lopez", "she"}},
				{Kind: "anonymous", Name: "The moment", Mentions: []string{"The moment"}},
			},
		},
		{
			// A relative pronoun stands for the phrase before its comma,
			// not for the source that spoke last.
			name: "a relative pronoun and its antecedent",
			text: "Jane Smith said the bridge would reopen. Tom Weaver, who said the plan would fail, left early.",
			want: []src{
				{Kind: "named", Name: "Jane Smith", Mentions: []string{"Jane Smith"}},
				{Kind: "named", Name: "Tom Weaver", Mentions: []string{"Tom Weaver", "who"}},
			},
		},
		{
			// A restrictive clause has no comma: its pronoun stands for
			// the phrase just before it, a counted one after a
			// preposition too.
			name: "a relative pronoun of a restrictive clause",
			text: "Another commenter said the police were wrong. Most voters said yes, compared with 23 percent who said it was improper.",
			want: []src{
				{Kind: "anonymous", Name: "Another commenter", Count: 1, Mentions: []string{"Another commenter"}},
				{Kind: "anonymous", Name: "Most voters", Mentions: []string{"Most voters"}},
				{Kind: "anonymous", Name: "23 percent", Mentions: []string{"23 percent", "who"}},
			},
		},
		{
			// A body's name cut short, or its place written short, is the
			// body named before: "the Daily News", "the New York Daily
			// News" after "NY Daily News".
			name: "a body by the end of its name",
			text: "NY Daily News: Terror attacks highlight the threat posed by the NRA.\n\n" +
				"The Daily News said the NRA was to blame. The New York Daily News said the group was a menace. " +
				"The Dayton Daily News said the vote was close.",
			want: []src{
				{Kind: "named", Name: "The New York Daily News", Mentions: []string{"NY Daily News", "The Daily News", "The New York Daily News"}},
				{Kind: "named", Name: "The Dayton Daily News", Mentions: []string{"The Dayton Daily News"}},
			},
		},
		{
			// "his campaign" again is the campaign of before.
			name: "a descriptor with a possessive, again",
			text: "His campaign said he would win. Later, his campaign said the race was close.",
			want: []src{{Kind: "anonymous", Name: "His campaign", Mentions: []string{"His campaign", "his campaign"}}},
		},
		{
			name: "a pronoun after a sentence that names no one known",
			text: "David Autor said trade had costs. Representative Mo Brooks said China would pay. " +
				"Economists are still persuaded of its benefits. " +
				"“We are going to act,” he said.",
			want: []src{
				{Kind: "named", Name: "David Autor", Mentions: []string{"David Autor"}},
				{Kind: "named", Name: "Mo Brooks", Title: "Representative", Mentions: []string{"Representative Mo Brooks", "he"}},
			},
		},
		{
			name: "surname after the full name and title",
			text: "U.S. Trade Representative Robert Lighthizer said the talks were close. " +
				"Tariffs will stay, Lighthizer said.",
			want: []src{{Kind: "named", Name: "Robert Lighthizer", Title: "U.S. Trade Representative", Affiliation: "U.S.",
				Mentions: []string{"U.S. Trade Representative Robert Lighthizer", "Lighthizer"}}},
		},
		{
			name: "surname after the full name, and back",
			text: "President Donald Trump said a deal was near. Trump said markets would rise. " +
				"The deal is good, President Donald Trump said.",
			want: []src{{Kind: "named", Name: "Donald Trump", Title: "President",
				Mentions: []string{"President Donald Trump", "Trump", "President Donald Trump"}}},
		},
		{
			name: "a plural surname for a couple named before",
			text: "Khizr and Ghazala Khan said the country was strong. The Khans said the speech stirred ugliness. " +
				"Hillary Clinton said she would win. The Clintons said they would sell the house.",
			want: []src{
				{Kind: "named", Name: "Khizr and Ghazala Khan", Mentions: []string{"Khizr and Ghazala Khan", "The Khans"}},
				{Kind: "named", Name: "Hillary Clinton", Mentions: []string{"Hillary Clinton"}},
				{Kind: "named", Name: "The Clintons", Mentions: []string{"The Clintons"}},
			},
		},
		{
			name: "a plural surname before the couple it names",
			text: "Khans: the speech stirred ugliness. Khizr and Ghazala Khan said they felt compelled to speak out. " +
				"The Lees said they would stay. Hillary Clinton said she would win.",
			want: []src{
				{Kind: "named", Name: "Khizr and Ghazala Khan", Mentions: []string{"Khans", "Khizr and Ghazala Khan"}},
				{Kind: "named", Name: "The Lees", Mentions: []string{"The Lees"}},
				{Kind: "named", Name: "Hillary Clinton", Mentions: []string{"Hillary Clinton"}},
			},
		},
		{
			name: "a country from a later mention's title",
			text: "President Emmanuel Macron said a deal was near. French President Emmanuel Macron said talks would go on.",
			want: []src{{Kind: "named", Name: "Emmanuel Macron", Title: "President", Affiliation: "France",
				Mentions: []string{"President Emmanuel Macron", "French President Emmanuel Macron"}}},
		},
		{
			name: "a title after the name and title",
			text: "County Treasurer Imelda Varga said the county had a surplus. The treasurer said it would last.",
			want: []src{{Kind: "named", Name: "Imelda Varga", Title: "County Treasurer",
				Mentions: []string{"County Treasurer Imelda Varga", "The treasurer"}}},
		},
		{
			name: "a title with its possessor, then the surname",
			text: "Finance Director Dana Ruiz said the budget was balanced. The county's finance director said reserves " +
				"were low. Ruiz said taxes would not rise.",
			want: []src{{Kind: "named", Name: "Dana Ruiz", Title: "Finance Director",
				Mentions: []string{"Finance Director Dana Ruiz", "The county's finance director", "Ruiz"}}},
		},
		{
			name: "part of a group named sentences before",
			text: "Five people briefed on the plan said the schools would close. The board met on Monday. " +
				"Two of the people said the vote was set.",
			want: []src{{Kind: "anonymous", Name: "Five people briefed on the plan", Count: 5,
				Mentions: []string{"Five people briefed on the plan"}},
				{Kind: "anonymous", Name: "Two of the people", Count: 2, PartOf: "Five people briefed on the plan",
					Mentions: []string{"Two of the people"}}},
		},
		{
			name: "one of them, and a third",
			text: "Four people with knowledge of the talks said a deal was close. Two of the people said it could " +
				"be signed Friday. One of them said the price was set. A third said nothing was final.",
			want: []src{{Kind: "anonymous", Name: "Four people with knowledge of the talks", Count: 4,
				Mentions: []string{"Four people with knowledge of the talks"}},
				{Kind: "anonymous", Name: "Two of the people", Count: 2, PartOf: "Four people with knowledge of the talks",
					Mentions: []string{"Two of the people"}},
				{Kind: "anonymous", Name: "One of them", Count: 1, PartOf: "Two of the people", Mentions: []string{"One of them"}},
				{Kind: "anonymous", Name: "A third", Count: 1, PartOf: "Four people with knowledge of the talks",
					Mentions: []string{"A third"}}},
		},
		{
			name: "the group, not the part",
			text: "The district will close four schools, according to five people briefed on the plan. The closures " +
				"would save $9 million, two of the people said. The board will vote Monday, the people said.",
			want: []src{{Kind: "anonymous", Name: "five people briefed on the plan", Count: 5,
				Mentions: []string{"five people briefed on the plan", "the people"}},
				{Kind: "anonymous", Name: "two of the people", Count: 2, PartOf: "five people briefed on the plan",
					Mentions: []string{"two of the people"}}},
		},
		{
			name: "an appositive's title in place of an honorific, then the title",
			text: "Dr. Solveig Amundsen-Park, the Marrow Bay Regional Hospital's chief medical officer, said surgeries " +
				"were postponed. The chief medical officer said the backlog would be cleared.",
			want: []src{{Kind: "named", Name: "Solveig Amundsen-Park", Title: "chief medical officer",
				Mentions: []string{"Dr. Solveig Amundsen-Park, the Marrow Bay Regional Hospital's chief medical officer",
					"The chief medical officer"}}},
		},
		{
			name: "a body by the last word of its name",
			text: "The Continental Athletics Federation, or CAF, has suspended a sprinter, the federation said Wednesday.",
			want: []src{{Kind: "named", Name: "The Continental Athletics Federation",
				Mentions: []string{"The Continental Athletics Federation", "the federation"}}},
		},
		{
			name: "a body by its initials",
			text: "The Valley Fruit Exchange, known as the VFE, said prices had risen. The VFE said imports would fill the gap.",
			want: []src{{Kind: "named", Name: "The Valley Fruit Exchange",
				Mentions: []string{"The Valley Fruit Exchange, known as the VFE", "The VFE"}}},
		},
		{
			name: "a document by its head",
			text: "Tarrowind will cut 600 jobs, according to an internal memo sent to managers on Monday. " +
				"The memo says production will shift to Corvel.",
			want: []src{{Kind: "document", Name: "an internal memo sent to managers on Monday",
				Mentions: []string{"an internal memo sent to managers on Monday", "The memo"}}},
		},
		{
			name: "the body a modifier names",
			text: "The city's transit agency said it would cut service. Two agency employees said the cuts were drafted months ago.",
			want: []src{{Kind: "named", Name: "The city's transit agency", Mentions: []string{"The city's transit agency"}},
				{Kind: "anonymous", Name: "Two agency employees", Affiliation: "transit agency", Count: 2,
					Mentions: []string{"Two agency employees"}}},
		},
		{
			name: "a country from its demonym",
			text: "Halvaria is preparing sanctions, four Halvarian officials said on Monday.",
			want: []src{{Kind: "anonymous", Name: "four Halvarian officials", Affiliation: "Halvaria", Count: 4,
				Mentions: []string{"four Halvarian officials"}}},
		},
		{
			name: "honorific and surname",
			text: "Commerce Secretary Wilbur Ross said the plan would work. Mr. Ross said it would take a year.",
			want: []src{{Kind: "named", Name: "Wilbur Ross", Title: "Commerce Secretary",
				Mentions: []string{"Commerce Secretary Wilbur Ross", "Mr. Ross"}}},
		},
		{
			name: "she and he with no one before them are two people",
			text: "She said the plan was dead. He said it was alive.",
			want: []src{
				{Name: "She", Mentions: []string{"She"}},
				{Name: "He", Mentions: []string{"He"}},
			},
		},
		{
			name: "two secretaries are two people",
			text: "Commerce Secretary Wilbur Ross said the plan would work. " +
				"Treasury Secretary Steven Mnuchin said the plan would fail. Ross said he disagreed.",
			want: []src{
				{Kind: "named", Name: "Wilbur Ross", Title: "Commerce Secretary",
					Mentions: []string{"Commerce Secretary Wilbur Ross", "Ross"}},
				{Kind: "named", Name: "Steven Mnuchin", Title: "Treasury Secretary",
					Mentions: []string{"Treasury Secretary Steven Mnuchin"}},
			},
		},
		{
			name: "two senators are two people",
			text: "Sen. Elizabeth Warren said the bill was weak. Sen. Bernie Sanders said it was strong.",
			want: []src{
				{Kind: "named", Name: "Elizabeth Warren", Title: "Sen.", Mentions: []string{"Sen. Elizabeth Warren"}},
				{Kind: "named", Name: "Bernie Sanders", Title: "Sen.", Mentions: []string{"Sen. Bernie Sanders"}},
			},
		},
		{
			name: "two people of one surname are two people",
			text: "Sen. Ron Johnson said the vote would pass. British Prime Minister Boris Johnson said it would not.",
			want: []src{
				{Kind: "named", Name: "Ron Johnson", Title: "Sen.", Mentions: []string{"Sen. Ron Johnson"}},
				{Kind: "named", Name: "Boris Johnson", Title: "British Prime Minister", Affiliation: "Britain",
					Mentions: []string{"British Prime Minister Boris Johnson"}},
			},
		},
		{
			name: "the person: the last singular anonymous source",
			text: "One person familiar with the talks said a deal was close. " +
				"Officials in Beijing said it was not. The talks will go on, the person added.",
			want: []src{
				{Kind: "anonymous", Name: "One person familiar with the talks", Count: 1,
					Mentions: []string{"One person familiar with the talks", "the person"}},
				{Kind: "anonymous", Name: "Officials in Beijing", Affiliation: "China",
					Mentions: []string{"Officials in Beijing"}},
			},
		},
		{
			name: "the official: a named person is no antecedent",
			text: "A senior administration official said the plan was final. " +
				"President Donald Trump said it was not. It is final, the official said.",
			want: []src{
				{Kind: "anonymous", Name: "A senior administration official", Count: 1,
					Mentions: []string{"A senior administration official", "the official"}},
				{Kind: "named", Name: "Donald Trump", Title: "President",
					Mentions: []string{"President Donald Trump"}},
			},
		},
		{
			name: "she: the last person who may be a woman",
			text: "Maria Lopez said the count was fair. Mr. Smith said it was slow. The vote was clean, she said.",
			want: []src{
				{Kind: "named", Name: "Maria Lopez", Mentions: []string{"Maria Lopez", "she"}},
				{Kind: "named", Name: "Smith", Title: "Mr.", Mentions: []string{"Mr. Smith"}},
			},
		},
		{
			name: "he: the last person who may be a man",
			text: "Mr. Smith said the count was slow. A spokeswoman for the board said it was fair. " +
				"The vote was clean, he said.",
			want: []src{
				{Kind: "named", Name: "Smith", Title: "Mr.", Mentions: []string{"Mr. Smith", "he"}},
				{Kind: "anonymous", Name: "A spokeswoman for the board", Count: 1,
					Mentions: []string{"A spokeswoman for the board"}},
			},
		},
		{
			name: "she, then he: a pronoun tells the next one",
			text: "Robin Novak said the count was fair. Jordan Kim said it was slow. She said the vote was clean. " +
				"He said it was not.",
			want: []src{
				{Kind: "named", Name: "Robin Novak", Mentions: []string{"Robin Novak", "He"}},
				{Kind: "named", Name: "Jordan Kim", Mentions: []string{"Jordan Kim", "She"}},
			},
		},
		{
			name: "she: a given name tells",
			text: "Hillary Clinton said the plan was sound. Bernie Sanders said it was not. " +
				"It will pass, she said.",
			want: []src{
				{Kind: "named", Name: "Hillary Clinton", Mentions: []string{"Hillary Clinton", "she"}},
				{Kind: "named", Name: "Bernie Sanders", Mentions: []string{"Bernie Sanders"}},
			},
		},
		{
			name: "Bill Clinton and Hillary Clinton are two people",
			text: "Hillary Clinton said the plan was sound. Former President Bill Clinton said it was not. " +
				"Clinton said it would pass.",
			want: []src{
				{Kind: "named", Name: "Hillary Clinton", Mentions: []string{"Hillary Clinton"}},
				// A bare surname is the last person filed under it.
				{Kind: "named", Name: "Bill Clinton", Title: "Former President",
					Mentions: []string{"Former President Bill Clinton", "Clinton"}},
			},
		},
		{
			name: "part of a group",
			text: "People familiar with the talks said a deal was close. " +
				"Two of the people said the deal would be signed in May.",
			want: []src{
				{Kind: "anonymous", Name: "People familiar with the talks", Mentions: []string{"People familiar with the talks"}},
				{Kind: "anonymous", Name: "Two of the people", Count: 2, PartOf: "People familiar with the talks",
					Mentions: []string{"Two of the people"}},
			},
		},
		{
			name: "close to a named source",
			text: "Commerce Secretary Wilbur Ross said the plan would work. " +
				"A person close to Ross said he was wrong.",
			want: []src{
				{Kind: "named", Name: "Wilbur Ross", Title: "Commerce Secretary",
					Mentions: []string{"Commerce Secretary Wilbur Ross", "Ross"}},
				{Kind: "anonymous", Name: "A person close to Ross", Count: 1, CloseTo: "Wilbur Ross",
					Mentions: []string{"A person close to Ross"}},
			},
		},
		{
			name: "close to a source named there for the first time",
			text: "A person close to Treasury Secretary Steven Mnuchin said the plan would work.",
			want: []src{
				{Kind: "anonymous", Name: "A person close to Treasury Secretary Steven Mnuchin", Count: 1,
					CloseTo: "Steven Mnuchin", Mentions: []string{"A person close to Treasury Secretary Steven Mnuchin"}},
				{Kind: "named", Name: "Steven Mnuchin", Title: "Treasury Secretary",
					Mentions: []string{"Treasury Secretary Steven Mnuchin"}},
			},
		},
		{
			name: "close to something that is no source",
			text: "A person close to the negotiations said the plan would work.",
			want: []src{{Kind: "anonymous", Name: "A person close to the negotiations", Count: 1,
				Mentions: []string{"A person close to the negotiations"}}},
		},

		{
			name: "a headline's coordinated words name no body",
			text: "Factory Closure Looms as Union and Company Clash\n\nThe company denied that any closure was planned.",
			want: []src{{Kind: "anonymous", Name: "The company", Mentions: []string{"The company"}}},
		},

		// Non-responses.
		{
			name: "didn't immediately respond to a request for comment",
			text: "The Ministry of Commerce didn't immediately respond to a request for comment.",
			want: []src{{Kind: "named", Name: "The Ministry of Commerce", Silent: true,
				Mentions: []string{"The Ministry of Commerce"}}},
		},
		{
			name: "declined to comment",
			text: "The deal is off, people familiar with the talks said. A spokeswoman for the ministry declined to comment.",
			want: []src{
				{Kind: "anonymous", Name: "people familiar with the talks", Mentions: []string{"people familiar with the talks"}},
				{Kind: "anonymous", Name: "A spokeswoman for the ministry", Count: 1, Silent: true,
					Mentions: []string{"A spokeswoman for the ministry"}},
			},
		},
		{
			name: "could not be reached",
			text: "Representatives of Acme Corp. could not be reached for comment on Sunday.",
			want: []src{{Kind: "anonymous", Name: "Representatives of Acme Corp.", Silent: true,
				Mentions: []string{"Representatives of Acme Corp."}}},
		},
		{
			name: "declined to be interviewed",
			text: "Coach Ada Moss declined to be interviewed.",
			want: []src{{Kind: "named", Name: "Ada Moss", Title: "Coach", Silent: true, Mentions: []string{"Coach Ada Moss"}}},
		},
		{
			name: "did not return calls",
			text: "Sen. Elizabeth Warren did not return calls seeking comment.",
			want: []src{{Kind: "named", Name: "Elizabeth Warren", Title: "Sen.", Silent: true,
				Mentions: []string{"Sen. Elizabeth Warren"}}},
		},
		{
			name: "coordinated subjects: one source each",
			text: "The Ministry of Commerce and the State Council Information Office in Beijing didn't " +
				"immediately respond to requests for comment. White House communications aides didn't respond.",
			want: []src{
				{Kind: "named", Name: "The Ministry of Commerce", Affiliation: "China", Silent: true,
					Mentions: []string{"The Ministry of Commerce"}},
				{Kind: "named", Name: "the State Council Information Office", Affiliation: "China", Silent: true,
					Mentions: []string{"the State Council Information Office in Beijing"}},
				{Kind: "anonymous", Name: "White House communications aides", Affiliation: "White House", Silent: true,
					Mentions: []string{"White House communications aides"}},
			},
		},
		{
			// "declined to comment" is a claim as well, whose subject the
			// construction rules read as "the State Department and the
			// Pentagon"; this case is about the non-responses.
			name:   "three coordinated subjects",
			text:   "The White House, the State Department and the Pentagon declined to comment.",
			silent: true,
			want: []src{
				{Kind: "named", Name: "The White House", Affiliation: "White House", Silent: true,
					Mentions: []string{"The White House"}},
				{Kind: "named", Name: "the State Department", Affiliation: "State Department", Silent: true,
					Mentions: []string{"the State Department"}},
				{Kind: "named", Name: "the Pentagon", Affiliation: "Pentagon", Silent: true,
					Mentions: []string{"the Pentagon"}},
			},
		},
		{
			name: "neither … nor …: the sources named before",
			text: "The team's owner, Marcus Bell, said the stadium would create jobs. Mayor Lena Ortiz said the " +
				"deal was fair. Neither Bell nor Ortiz responded to requests for comment on the delay.",
			want: []src{
				{Kind: "named", Name: "Marcus Bell", Title: "owner", Silent: true,
					Mentions: []string{"The team's owner, Marcus Bell", "Bell"}},
				{Kind: "named", Name: "Lena Ortiz", Title: "Mayor", Silent: true, Mentions: []string{"Mayor Lena Ortiz", "Ortiz"}},
			},
		},
		{
			name:   "neither … nor … returned calls",
			text:   "Neither the mayor's office nor the team returned calls seeking comment.",
			silent: true,
			want: []src{
				{Kind: "named", Name: "the mayor's office", Silent: true, Mentions: []string{"the mayor's office"}},
				{Kind: "anonymous", Name: "the team", Silent: true, Mentions: []string{"the team"}},
			},
		},
		{
			name:   "neither … nor … with an auxiliary",
			text:   "Neither the woman nor her attorney could be reached for comment. Neither Smith nor Jones would comment.",
			silent: true,
			want: []src{
				{Kind: "anonymous", Name: "the woman", Silent: true, Mentions: []string{"the woman"}},
				{Kind: "anonymous", Name: "her attorney", Silent: true, Mentions: []string{"her attorney"}},
				{Kind: "named", Name: "Smith", Silent: true, Mentions: []string{"Smith"}},
				{Kind: "named", Name: "Jones", Silent: true, Mentions: []string{"Jones"}},
			},
		},
		{
			name: "returning elsewhere is no answer",
			text: "Emanuel said the deal was fair. Emanuel didn't return to banking. Neither Smith nor Jones " +
				"returned to the office. Refugees cannot be returned against their will.",
			want: []src{{Kind: "named", Name: "Emanuel", Mentions: []string{"Emanuel"}}},
		},
		{
			name: "a source that spoke and then did not answer",
			text: "Lighthizer said the talks were close. Lighthizer didn't respond to a request for comment on Friday.",
			want: []src{{Kind: "named", Name: "Lighthizer", Silent: true, Mentions: []string{"Lighthizer", "Lighthizer"}}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := attribution.Extract(tc.text)
			if err != nil {
				t.Fatal(err)
			}
			got := srcs(doc)
			if tc.silent {
				got = slices.DeleteFunc(got, func(s src) bool { return !s.Silent })
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%q: sources (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
