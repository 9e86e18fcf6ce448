package source_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/hearsay-go/hearsay/source"
)

// parseTest is a source phrase and the record Parse must make of it.
type parseTest struct {
	phrase string
	want   source.Source
}

// parseTests are source phrases of each sort, in the styles of wire
// copy, broadsheets, tabloids and press releases, written for this
// project; those of the reference article come first. TestParse checks
// them and BenchmarkParse times them.
func parseTests() []parseTest {
	const (
		named, anon, doc = source.Named, source.Anonymous, source.Document
		person, group    = source.Person, source.Group
		org, text        = source.Organization, source.Text
	)
	return []parseTest{
		{"", source.Source{}},
		{"he", source.Source{Entity: person, Descriptor: "he"}},

		// Anonymous people and groups.
		{"people familiar with the talks", source.Source{Kind: anon, Entity: group,
			Descriptor: "people familiar with the talks", Basis: "familiar with the talks"}},
		{"one person familiar with the U.S.’s views", source.Source{Kind: anon, Entity: person,
			Descriptor: "one person familiar with the U.S.’s views", Count: 1, Basis: "familiar with the U.S.’s views"}},
		{"one person briefed on the discussions", source.Source{Kind: anon, Entity: person,
			Descriptor: "one person briefed on the discussions", Count: 1, Basis: "briefed on the discussions"}},
		{"A person close to U.S. Trade Representative Robert Lighthizer", source.Source{Kind: anon, Entity: person,
			Descriptor: "A person close to U.S. Trade Representative Robert Lighthizer", Count: 1,
			Basis: "close to U.S. Trade Representative Robert Lighthizer",
			CloseTo: &source.Source{Kind: named, Entity: person, Name: "Robert Lighthizer",
				Title: "U.S. Trade Representative", Affiliation: "U.S."}}},
		{"A Chinese official briefed on the talks", source.Source{Kind: anon, Entity: person,
			Descriptor: "A Chinese official briefed on the talks", Count: 1, Affiliation: "China",
			Basis: "briefed on the talks"}},
		{"two of the people", source.Source{Kind: anon, Entity: group, Descriptor: "two of the people", Count: 2}},
		{"Fifty of the officials", source.Source{Kind: anon, Entity: group, Descriptor: "Fifty of the officials", Count: 50}},
		{"Twelve of the jurors", source.Source{Kind: anon, Entity: group, Descriptor: "Twelve of the jurors", Count: 12}},
		// "and" joining two phrases is two people; joining two descriptions
		// of one, one.
		{"she and another reporter", source.Source{Kind: anon, Entity: group, Descriptor: "she and another reporter"}},
		{"the mayor and his wife", source.Source{Kind: anon, Entity: group, Descriptor: "the mayor and his wife"}},
		{"the Florida senator and presidential candidate", source.Source{Kind: anon, Entity: person,
			Descriptor: "the Florida senator and presidential candidate"}},
		// A full name after an article and an adjective is named: a
		// description, not a count; a noun after a name stays a description.
		{"a defiant Donald Trump", source.Source{Kind: named, Entity: person, Name: "Donald Trump"}},
		{"A Chicago teacher", source.Source{Kind: anon, Entity: person, Descriptor: "A Chicago teacher", Count: 1}},
		{"Dozens of lawmakers", source.Source{Kind: anon, Entity: group, Descriptor: "Dozens of lawmakers"}},
		{"three people with knowledge of the plans", source.Source{Kind: anon, Entity: group,
			Descriptor: "three people with knowledge of the plans", Count: 3, Basis: "with knowledge of the plans"}},
		{"Some U.S. officials", source.Source{Kind: anon, Entity: group, Descriptor: "Some U.S. officials", Affiliation: "U.S."}},
		{"some American officials", source.Source{Kind: anon, Entity: group, Descriptor: "some American officials", Affiliation: "U.S."}},
		{"others", source.Source{Kind: anon, Entity: group, Descriptor: "others"}}, // the extractor knows whose
		{"White House communications aides", source.Source{Kind: anon, Entity: group,
			Descriptor: "White House communications aides", Affiliation: "White House"}},
		{"a spokeswoman for the ministry", source.Source{Kind: anon, Entity: person,
			Descriptor: "a spokeswoman for the ministry", Count: 1}},
		{"a senior administration official", source.Source{Kind: anon, Entity: person,
			Descriptor: "a senior administration official", Count: 1}},
		{"the company", source.Source{Kind: anon, Entity: org, Descriptor: "the company"}},
		{"all GOPers", source.Source{Kind: anon, Entity: group, Descriptor: "all GOPers"}},
		{"75 percent of Democrats", source.Source{Kind: anon, Entity: group, Descriptor: "75 percent of Democrats"}},
		{"Two military analysts, Patrick Megahan and Chris Harman,", source.Source{Kind: anon, Entity: group,
			Descriptor: "Two military analysts, Patrick Megahan and Chris Harman,", Count: 2}},
		{"House Republicans", source.Source{Kind: anon, Entity: group, Descriptor: "House Republicans", Affiliation: "Republican"}},
		{"Leading Democrats", source.Source{Kind: anon, Entity: group, Descriptor: "Leading Democrats", Affiliation: "Democratic"}},
		{"officials in Beijing", source.Source{Kind: anon, Entity: group, Descriptor: "officials in Beijing", Affiliation: "China"}},

		// A capital that opens the sentence does not make a name.
		{"People familiar with the matter", source.Source{Kind: anon, Entity: group,
			Descriptor: "People familiar with the matter", Basis: "familiar with the matter"}},
		{"Officials familiar with the plan", source.Source{Kind: anon, Entity: group,
			Descriptor: "Officials familiar with the plan", Basis: "familiar with the plan"}},
		{"EXPERTS", source.Source{Kind: anon, Entity: group, Descriptor: "EXPERTS"}},
		{"Police", source.Source{Kind: anon, Entity: group, Descriptor: "Police"}},
		{"Polls", source.Source{Kind: doc, Entity: text, Descriptor: "Polls"}},
		{"Republicans", source.Source{Kind: anon, Entity: group, Descriptor: "Republicans", Affiliation: "Republican"}},
		{"the Democrats", source.Source{Kind: named, Entity: org, Name: "the Democrats", Affiliation: "Democratic"}},

		// Basis and reasons for anonymity.
		{"officials who spoke on condition of anonymity", source.Source{Kind: anon, Entity: group,
			Descriptor: "officials who spoke on condition of anonymity", Anonymity: "on condition of anonymity"}},
		{"a person familiar with the talks who asked not to be identified because they are private", source.Source{
			Kind: anon, Entity: person, Count: 1,
			Descriptor: "a person familiar with the talks who asked not to be identified because they are private",
			Basis:      "familiar with the talks", Anonymity: "asked not to be identified because they are private"}},
		{"an official who was not authorized to speak publicly", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "an official who was not authorized to speak publicly",
			Anonymity:  "not authorized to speak publicly"}},
		{"people briefed on the matter, speaking on condition of anonymity because the talks are private", source.Source{
			Kind: anon, Entity: group,
			Descriptor: "people briefed on the matter, speaking on condition of anonymity because the talks are private",
			Basis:      "briefed on the matter", Anonymity: "on condition of anonymity because the talks are private"}},
		{"two people close to the negotiations", source.Source{Kind: anon, Entity: group, Count: 2,
			Descriptor: "two people close to the negotiations", Basis: "close to the negotiations"}},
		{"a person aware of the plans", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a person aware of the plans", Basis: "aware of the plans"}},
		{"officials involved in the talks", source.Source{Kind: anon, Entity: group,
			Descriptor: "officials involved in the talks", Basis: "involved in the talks"}},
		{"people knowledgeable about the deal", source.Source{Kind: anon, Entity: group,
			Descriptor: "people knowledgeable about the deal", Basis: "knowledgeable about the deal"}},
		{"a diplomat privy to the talks", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a diplomat privy to the talks", Basis: "privy to the talks"}},
		{"a close aide to the president", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a close aide to the president"}},

		// Documents.
		{"the report", source.Source{Kind: doc, Entity: text, Descriptor: "the report"}},
		{"a report released Tuesday", source.Source{Kind: doc, Entity: text, Descriptor: "a report released Tuesday"}},
		{"court filings", source.Source{Kind: doc, Entity: text, Descriptor: "court filings"}},
		{"a new study", source.Source{Kind: doc, Entity: text, Descriptor: "a new study"}},
		{"the poll", source.Source{Kind: doc, Entity: text, Descriptor: "the poll"}},
		{"a statement", source.Source{Kind: doc, Entity: text, Descriptor: "a statement"}},
		{"documents reviewed by Reuters", source.Source{Kind: doc, Entity: text, Descriptor: "documents reviewed by Reuters"}},
		{"A Quinnipiac University poll released in late August", source.Source{Kind: doc, Entity: text,
			Descriptor: "A Quinnipiac University poll released in late August"}},
		{"a recent poll of Indiana voters", source.Source{Kind: doc, Entity: text, Descriptor: "a recent poll of Indiana voters"}},
		{"one of her ads", source.Source{Kind: doc, Entity: text, Descriptor: "one of her ads"}},
		{"a national Gallup Poll taken last week", source.Source{Kind: doc, Entity: text,
			Descriptor: "a national Gallup Poll taken last week"}},
		{"A 2009 report by the Center for Economic and Policy Research", source.Source{Kind: doc, Entity: text,
			Descriptor: "A 2009 report by the Center for Economic and Policy Research"}},

		// Named people.
		// A title's country is a word of the title; a bare title has none.
		{"President Donald Trump", source.Source{Kind: named, Entity: person,
			Name: "Donald Trump", Title: "President"}},
		{"President Emmanuel Macron", source.Source{Kind: named, Entity: person,
			Name: "Emmanuel Macron", Title: "President"}},
		{"U.S. President Donald Trump", source.Source{Kind: named, Entity: person,
			Name: "Donald Trump", Title: "U.S. President", Affiliation: "U.S."}},
		{"U.S. Trade Representative Robert Lighthizer", source.Source{Kind: named, Entity: person,
			Name: "Robert Lighthizer", Title: "U.S. Trade Representative", Affiliation: "U.S."}},
		{"Lighthizer", source.Source{Kind: named, Entity: person, Name: "Lighthizer"}},
		{"F.B.I. Director James B. Comey", source.Source{Kind: named, Entity: person,
			Name: "James B. Comey", Title: "F.B.I. Director"}},
		{"Secretary of State John Kerry", source.Source{Kind: named, Entity: person,
			Name: "John Kerry", Title: "Secretary of State"}},
		{"Senate Majority Leader Mitch McConnell", source.Source{Kind: named, Entity: person,
			Name: "Mitch McConnell", Title: "Senate Majority Leader"}},
		{"Jane Doe, a spokeswoman for the agency", source.Source{Kind: named, Entity: person,
			Name: "Jane Doe", Title: "spokeswoman for the agency"}},
		{"Mark Dubowitz, executive director of the Foundation for Defense of Democracies", source.Source{
			Kind: named, Entity: person, Name: "Mark Dubowitz",
			Title: "executive director of the Foundation for Defense of Democracies"}},
		{"Sen. Claire McCaskill (D-Mo.)", source.Source{Kind: named, Entity: person,
			Name: "Claire McCaskill", Title: "Sen.", Affiliation: "Democratic"}},
		{"Sen. Lisa Murkowski (R-Alaska)", source.Source{Kind: named, Entity: person,
			Name: "Lisa Murkowski", Title: "Sen.", Affiliation: "Republican"}},
		{"Rep. Ed Jarvis, D-Calif.,", source.Source{Kind: named, Entity: person,
			Name: "Ed Jarvis", Title: "Rep.", Affiliation: "Democratic"}},
		// The appositive's party or country, where the title says none.
		{"Rep. Ann Lowe, a Republican", source.Source{Kind: named, Entity: person,
			Name: "Ann Lowe", Title: "Rep.", Affiliation: "Republican"}},
		{"Rep. Carl Diaz, a Democrat from Springfield", source.Source{Kind: named, Entity: person,
			Name: "Carl Diaz", Title: "Rep.", Affiliation: "Democratic"}},
		{"Mark Olsen, a Republican strategist", source.Source{Kind: named, Entity: person,
			Name: "Mark Olsen", Title: "Republican strategist", Affiliation: "Republican"}},
		{"Li Wei, a Chinese diplomat", source.Source{Kind: named, Entity: person,
			Name: "Li Wei", Title: "Chinese diplomat", Affiliation: "China"}},
		{"Jane Doe, a spokeswoman for the Tessaly County District Attorney's office", source.Source{Kind: named, Entity: person,
			Name: "Jane Doe", Title: "spokeswoman for the Tessaly County District Attorney's office",
			Affiliation: "Tessaly County District Attorney's office"}},
		{"Tom Weaver, 54", source.Source{Kind: named, Entity: person, Name: "Tom Weaver"}},
		{"Yin May, 60, a doctor", source.Source{Kind: named, Entity: person, Name: "Yin May", Title: "doctor"}},
		{"Jacob Shiansky, 24, who was visiting Manhattan", source.Source{Kind: named, Entity: person, Name: "Jacob Shiansky"}},
		{"William K. Reilly, who led the agency", source.Source{Kind: named, Entity: person, Name: "William K. Reilly"}},
		{"Robert Antonacci of the New York delegation", source.Source{Kind: named, Entity: person, Name: "Robert Antonacci"}},
		{"Clinton herself", source.Source{Kind: named, Entity: person, Name: "Clinton"}},
		{"Texas delegate Bill Eastland", source.Source{Kind: named, Entity: person, Name: "Bill Eastland", Title: "Texas delegate"}},

		// Named bodies.
		{"The U.S.", source.Source{Kind: named, Entity: org, Name: "The U.S.", Affiliation: "U.S."}},
		{"Reuters", source.Source{Kind: named, Entity: org, Name: "Reuters"}},
		{"The Ministry of Commerce", source.Source{Kind: named, Entity: org, Name: "The Ministry of Commerce"}},
		{"the State Council Information Office in Beijing", source.Source{Kind: named, Entity: org,
			Name: "the State Council Information Office", Affiliation: "China"}},
		{"the Obama administration", source.Source{Kind: named, Entity: org, Name: "the Obama administration"}},
		// A body's name whatever its head; a name after words that
		// describe its bearer.
		{"the American Federation of Teachers", source.Source{Kind: named, Entity: org,
			Name: "the American Federation of Teachers", Affiliation: "U.S."}},
		{"the National Association of Manufacturers", source.Source{Kind: named, Entity: org,
			Name: "the National Association of Manufacturers"}},
		{"a terse Miller", source.Source{Kind: named, Entity: person, Name: "Miller"}},
		{"a smiling Hillary Clinton", source.Source{Kind: named, Entity: person, Name: "Hillary Clinton"}},
		{"a former Trump aide", source.Source{Kind: anon, Entity: person, Descriptor: "a former Trump aide", Count: 1}},
		{"Clinton’s campaign", source.Source{Kind: named, Entity: org, Name: "Clinton’s campaign"}},
		{"The State Department", source.Source{Kind: named, Entity: org, Name: "The State Department", Affiliation: "State Department"}},
		{"Congress", source.Source{Kind: named, Entity: org, Name: "Congress"}},
		{"The Post", source.Source{Kind: named, Entity: org, Name: "The Post"}},

		// Wire style.
		{"a State Department spokesman", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a State Department spokesman", Affiliation: "State Department"}},
		{"two U.S. officials who spoke on condition of anonymity", source.Source{Kind: anon, Entity: group, Count: 2,
			Descriptor: "two U.S. officials who spoke on condition of anonymity", Affiliation: "U.S.",
			Anonymity: "on condition of anonymity"}},
		{"a senior U.S. official, speaking on condition of anonymity to discuss internal deliberations", source.Source{
			Kind: anon, Entity: person, Count: 1, Affiliation: "U.S.",
			Descriptor: "a senior U.S. official, speaking on condition of anonymity to discuss internal deliberations",
			Anonymity:  "on condition of anonymity to discuss internal deliberations"}},
		{"a Pentagon spokesman", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a Pentagon spokesman", Affiliation: "Pentagon"}},
		{"a White House official who requested anonymity", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a White House official who requested anonymity", Affiliation: "White House",
			Anonymity: "requested anonymity"}},
		{"officials who were not authorized to speak publicly about the investigation", source.Source{
			Kind: anon, Entity: group, Descriptor: "officials who were not authorized to speak publicly about the investigation",
			Anonymity: "not authorized to speak publicly about the investigation"}},
		{"an official who declined to be named", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "an official who declined to be named", Anonymity: "declined to be named"}},
		{"three people briefed on the matter", source.Source{Kind: anon, Entity: group, Count: 3,
			Descriptor: "three people briefed on the matter", Basis: "briefed on the matter"}},
		{"a spokeswoman for the company", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a spokeswoman for the company"}},
		{"Trump administration officials", source.Source{Kind: anon, Entity: group,
			Descriptor: "Trump administration officials"}},
		{"Senate Democrats", source.Source{Kind: anon, Entity: group, Descriptor: "Senate Democrats", Affiliation: "Democratic"}},
		{"GOP leaders", source.Source{Kind: anon, Entity: group, Descriptor: "GOP leaders", Affiliation: "Republican"}},
		{"a Democratic aide", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "a Democratic aide",
			Affiliation: "Democratic"}},
		{"Both officials", source.Source{Kind: anon, Entity: group, Count: 2, Descriptor: "Both officials"}},
		{"the person", source.Source{Kind: anon, Entity: person, Descriptor: "the person"}},
		{"She", source.Source{Entity: person, Descriptor: "She"}},
		{"they", source.Source{Entity: group, Descriptor: "they"}},

		// Broadsheet style.
		{"a senior European diplomat familiar with the negotiations", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a senior European diplomat familiar with the negotiations", Affiliation: "EU",
			Basis: "familiar with the negotiations"}},
		{"a former administration official with direct knowledge of the discussions", source.Source{Kind: anon,
			Entity: person, Count: 1, Descriptor: "a former administration official with direct knowledge of the discussions",
			Basis: "with direct knowledge of the discussions"}},
		{"several people who have seen the document", source.Source{Kind: anon, Entity: group,
			Descriptor: "several people who have seen the document", Basis: "who have seen the document"}},
		{"one of the officials", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "one of the officials"}},
		{"Western diplomats in Brussels", source.Source{Kind: anon, Entity: group,
			Descriptor: "Western diplomats in Brussels", Affiliation: "EU"}},
		{"a British official", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "a British official",
			Affiliation: "Britain"}},
		{"Russian officials", source.Source{Kind: anon, Entity: group, Descriptor: "Russian officials", Affiliation: "Russia"}},
		{"a person close to the Kremlin", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a person close to the Kremlin", Basis: "close to the Kremlin",
			CloseTo: &source.Source{Kind: named, Entity: org, Name: "the Kremlin", Affiliation: "Russia"}}},
		{"a person who asked not to be identified because the talks are private", source.Source{Kind: anon,
			Entity: person, Count: 1, Descriptor: "a person who asked not to be identified because the talks are private",
			Anonymity: "asked not to be identified because the talks are private"}},
		{"people familiar with the matter, who spoke on the condition that they not be named", source.Source{
			Kind: anon, Entity: group, Basis: "familiar with the matter",
			Descriptor: "people familiar with the matter, who spoke on the condition that they not be named",
			Anonymity:  "on the condition that they not be named"}},
		{"an official who is not authorized to speak publicly", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "an official who is not authorized to speak publicly",
			Anonymity:  "not authorized to speak publicly"}},

		// Tabloid style.
		{"a source close to the star", source.Source{Kind: anon, Entity: person, Count: 1,
			Descriptor: "a source close to the star", Basis: "close to the star"}},
		{"pals of the actress", source.Source{Kind: anon, Entity: group, Descriptor: "pals of the actress"}},
		{"a friend of the couple", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "a friend of the couple"}},
		{"Friends of the singer", source.Source{Kind: anon, Entity: group, Descriptor: "Friends of the singer"}},
		{"an insider", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "an insider"}},
		{"a royal source", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "a royal source"}},
		{"one onlooker", source.Source{Kind: anon, Entity: person, Count: 1, Descriptor: "one onlooker"}},
		{"the singer’s rep", source.Source{Kind: anon, Entity: person, Descriptor: "the singer’s rep"}},

		// Press releases.
		{"Jane Doe, chief executive of Acme Corp.", source.Source{Kind: named, Entity: person,
			Name: "Jane Doe", Title: "chief executive of Acme Corp."}},
		{"John Smith, CEO of Acme Corp.", source.Source{Kind: named, Entity: person,
			Name: "John Smith", Title: "CEO of Acme Corp."}},
		{"Acme Corp. spokeswoman Mary Jones", source.Source{Kind: named, Entity: person,
			Name: "Mary Jones", Title: "Acme Corp. spokeswoman"}},
		{"Acme Corp.", source.Source{Kind: named, Entity: org, Name: "Acme Corp."}},
		// A defined term ("the Company") is capitalized as a name is.
		{"the Company", source.Source{Kind: named, Entity: org, Name: "the Company"}},
		{"XYZ Holdings Inc.", source.Source{Kind: named, Entity: org, Name: "XYZ Holdings Inc."}},

		// More documents.
		{"a memo obtained by Reuters", source.Source{Kind: doc, Entity: text, Descriptor: "a memo obtained by Reuters"}},
		{"the study", source.Source{Kind: doc, Entity: text, Descriptor: "the study"}},
		{"a 2019 study published in the journal Nature", source.Source{Kind: doc, Entity: text,
			Descriptor: "a 2019 study published in the journal Nature"}},
		{"an internal email seen by The Washington Post", source.Source{Kind: doc, Entity: text,
			Descriptor: "an internal email seen by The Washington Post"}},
		{"the indictment", source.Source{Kind: doc, Entity: text, Descriptor: "the indictment"}},
		{"a Pew Research Center survey", source.Source{Kind: doc, Entity: text, Descriptor: "a Pew Research Center survey"}},

		// More bodies.
		{"the Pentagon", source.Source{Kind: named, Entity: org, Name: "the Pentagon", Affiliation: "Pentagon"}},
		{"the ministry", source.Source{Kind: anon, Entity: org, Descriptor: "the ministry"}},
		{"the White House", source.Source{Kind: named, Entity: org, Name: "the White House", Affiliation: "White House"}},
		{"Beijing", source.Source{Kind: named, Entity: org, Name: "Beijing", Affiliation: "China"}},
		{"The New York Times", source.Source{Kind: named, Entity: org, Name: "The New York Times"}},
		{"the European Commission", source.Source{Kind: named, Entity: org, Name: "the European Commission", Affiliation: "EU"}},
		{"the U.S. Embassy in Beijing", source.Source{Kind: named, Entity: org, Name: "the U.S. Embassy", Affiliation: "U.S."}},

		// More named people.
		{"Sen. Elizabeth Warren (D-Mass.)", source.Source{Kind: named, Entity: person,
			Name: "Elizabeth Warren", Title: "Sen.", Affiliation: "Democratic"}},
		{"Chinese Vice Premier Liu He", source.Source{Kind: named, Entity: person,
			Name: "Liu He", Title: "Chinese Vice Premier", Affiliation: "China"}},
		{"Commerce Secretary Wilbur Ross", source.Source{Kind: named, Entity: person,
			Name: "Wilbur Ross", Title: "Commerce Secretary"}},
		{"Rep. Alexandria Ocasio-Cortez, D-N.Y.,", source.Source{Kind: named, Entity: person,
			Name: "Alexandria Ocasio-Cortez", Title: "Rep.", Affiliation: "Democratic"}},
		{"French President Emmanuel Macron", source.Source{Kind: named, Entity: person,
			Name: "Emmanuel Macron", Title: "French President", Affiliation: "France"}},
		{"Prime Minister Boris Johnson", source.Source{Kind: named, Entity: person,
			Name: "Boris Johnson", Title: "Prime Minister"}},
		{"White House press secretary Sarah Sanders", source.Source{Kind: named, Entity: person,
			Name: "Sarah Sanders", Title: "White House press secretary", Affiliation: "White House"}},
		{"Mr. Trump", source.Source{Kind: named, Entity: person, Name: "Trump", Title: "Mr."}},
		{"Mrs. Clinton", source.Source{Kind: named, Entity: person, Name: "Clinton", Title: "Mrs."}},
		{"Dr. Anthony Fauci", source.Source{Kind: named, Entity: person, Name: "Anthony Fauci", Title: "Dr."}},
		{"Lt. Gen. Michael Flynn", source.Source{Kind: named, Entity: person, Name: "Michael Flynn", Title: "Lt. Gen."}},

		// Source records of the coverage issue (12).
		// Appositives in both orders: a named person and their title.
		{"Dana Ruiz, the council's budget chief", source.Source{Kind: named, Entity: person,
			Name: "Dana Ruiz", Title: "budget chief"}},
		{"the council's budget chief, Dana Ruiz", source.Source{Kind: named, Entity: person,
			Name: "Dana Ruiz", Title: "budget chief"}},
		{"her attorney, Sam Ortiz", source.Source{Kind: named, Entity: person, Name: "Sam Ortiz", Title: "attorney"}},
		{"Mara Quell, the hospital's chief executive", source.Source{Kind: named, Entity: person,
			Name: "Mara Quell", Title: "chief executive"}},
		{"the agency's spokeswoman, Lena Ortiz", source.Source{Kind: named, Entity: person,
			Name: "Lena Ortiz", Title: "spokeswoman"}},
		{"The committee's chairman, Rep. Alan Voss", source.Source{Kind: named, Entity: person,
			Name: "Alan Voss", Title: "chairman"}},
		{"The Oruvan ambassador to Dellmark, Ismet Karaveli", source.Source{Kind: named, Entity: person,
			Name: "Ismet Karaveli", Title: "ambassador to Dellmark"}},
		{"A Tarrowind spokeswoman, Greta Lindahl", source.Source{Kind: named, Entity: person,
			Name: "Greta Lindahl", Title: "spokeswoman"}},
		{"The Harwick Gulls' head coach, Benedikt Sorrel", source.Source{Kind: named, Entity: person,
			Name: "Benedikt Sorrel", Title: "head coach"}},
		{"The mission's chief, former judge Lorenzo Abati", source.Source{Kind: named, Entity: person,
			Name: "Lorenzo Abati", Title: "chief"}},
		{"Her brother, the hydrologist Erik Solberg", source.Source{Kind: named, Entity: person,
			Name: "Erik Solberg", Title: "hydrologist"}},
		{"the hydrologist Erik Solberg", source.Source{Kind: named, Entity: person,
			Name: "Erik Solberg", Title: "hydrologist"}},
		{"Dr. Aurelio Santangelo, the company's chief scientific officer", source.Source{Kind: named, Entity: person,
			Name: "Aurelio Santangelo", Title: "chief scientific officer"}},
		{"Mr. Smith, her brother", source.Source{Kind: named, Entity: person, Name: "Smith", Title: "Mr."}},
		{"Jane Doe, his spokeswoman", source.Source{Kind: named, Entity: person,
			Name: "Jane Doe", Title: "spokeswoman"}},
		// Reasons for anonymity, however they are put.
		{"the officials, who requested anonymity because they were not authorized to speak", source.Source{Kind: anon, Entity: group,
			Descriptor: "the officials, who requested anonymity because they were not authorized to speak",
			Anonymity:  "requested anonymity because they were not authorized to speak"}},
		{"officials who spoke on condition that they not be named", source.Source{Kind: anon, Entity: group,
			Descriptor: "officials who spoke on condition that they not be named",
			Anonymity:  "on condition that they not be named"}},
		{"two people familiar with the talks, who spoke on condition of anonymity", source.Source{Kind: anon, Entity: group,
			Descriptor: "two people familiar with the talks, who spoke on condition of anonymity", Count: 2,
			Basis: "familiar with the talks", Anonymity: "on condition of anonymity"}},
		{"an official who asked not to be identified", source.Source{Kind: anon, Entity: person,
			Descriptor: "an official who asked not to be identified", Count: 1, Anonymity: "asked not to be identified"}},
		{"a senior official not authorized to speak publicly", source.Source{Kind: anon, Entity: person,
			Descriptor: "a senior official not authorized to speak publicly", Count: 1,
			Anonymity: "not authorized to speak publicly"}},
		{"Three nurses at the clinics, who asked not to be named because they were not authorized to speak to the press", source.Source{Kind: anon, Entity: group,
			Descriptor: "Three nurses at the clinics, who asked not to be named because they were not authorized to speak to the press",
			Count:      3, Anonymity: "asked not to be named because they were not authorized to speak to the press"}},
		// Bodies named by a possessive, a common noun, their initials.
		{"The growers' cooperative", source.Source{Kind: named, Entity: org, Descriptor: "The growers' cooperative"}},
		{"The growers' cooperative in the Lindqvist Valley", source.Source{Kind: named, Entity: org,
			Descriptor: "The growers' cooperative in the Lindqvist Valley"}},
		{"the city's transit agency", source.Source{Kind: named, Entity: org, Descriptor: "the city's transit agency"}},
		{"the district's teachers union", source.Source{Kind: named, Entity: org,
			Descriptor: "the district's teachers union"}},
		{"The Valley Fruit Exchange, known as the VFE", source.Source{Kind: named, Entity: org,
			Name: "The Valley Fruit Exchange"}},
		{"The United Turbine Workers, or UTW", source.Source{Kind: named, Entity: org,
			Name: "The United Turbine Workers"}},
		{"The Financial Conduct Board, or FCB", source.Source{Kind: named, Entity: org,
			Name: "The Financial Conduct Board"}},
		{"the board's auditors", source.Source{Kind: anon, Entity: group,
			Descriptor: "the board's auditors", Affiliation: "board"}},
		// Anonymous sources and the bodies they belong to.
		{"A spokesman for the Tessaly County District Attorney's office", source.Source{Kind: anon, Entity: person,
			Descriptor:  "A spokesman for the Tessaly County District Attorney's office",
			Affiliation: "Tessaly County District Attorney's office", Count: 1}},
		{"A spokeswoman for the couple's restaurant group, Juniper Hall Dining", source.Source{Kind: anon, Entity: person,
			Descriptor:  "A spokeswoman for the couple's restaurant group, Juniper Hall Dining",
			Affiliation: "Juniper Hall Dining", Count: 1}},
		{"two members of the electoral commission", source.Source{Kind: anon, Entity: group,
			Descriptor: "two members of the electoral commission", Affiliation: "electoral commission", Count: 2}},
		{"officials at the Justice Department", source.Source{Kind: anon, Entity: group,
			Descriptor: "officials at the Justice Department", Affiliation: "Justice Department"}},
		{"two friends of the couple", source.Source{Kind: anon, Entity: group,
			Descriptor: "two friends of the couple", Count: 2}},
		{"Three diplomats in the Dellmark capital", source.Source{Kind: anon, Entity: group,
			Descriptor: "Three diplomats in the Dellmark capital", Count: 3}},
		{"four people with knowledge of the negotiations", source.Source{Kind: anon, Entity: group,
			Descriptor: "four people with knowledge of the negotiations", Count: 4,
			Basis: "with knowledge of the negotiations"}},
		{"the senator's chief of staff", source.Source{Kind: anon, Entity: person,
			Descriptor: "the senator's chief of staff"}},
		{"a former aide to the governor", source.Source{Kind: anon, Entity: person,
			Descriptor: "a former aide to the governor", Count: 1}},
		{"people close to the prime minister", source.Source{Kind: anon, Entity: group,
			Descriptor: "people close to the prime minister", Basis: "close to the prime minister"}},
		{"A person close to the bank's chairman, Rupert Villeneuve", source.Source{Kind: anon, Entity: person,
			Descriptor: "A person close to the bank's chairman, Rupert Villeneuve", Count: 1,
			Basis:   "close to the bank's chairman, Rupert Villeneuve",
			CloseTo: &source.Source{Kind: named, Entity: person, Name: "Rupert Villeneuve", Title: "chairman"}}},
		{"a third official", source.Source{Kind: anon, Entity: person, Descriptor: "a third official", Count: 1}},
		// Documents as sources.
		{"the draft plan", source.Source{Kind: doc, Entity: text, Descriptor: "the draft plan"}},
		{"court records", source.Source{Kind: doc, Entity: text, Descriptor: "court records"}},
		{"a memo circulated to staff", source.Source{Kind: doc, Entity: text,
			Descriptor: "a memo circulated to staff"}},
		{"an internal memo sent to managers on Monday", source.Source{Kind: doc, Entity: text,
			Descriptor: "an internal memo sent to managers on Monday"}},
		{"a draft report reviewed by the Harbour Gazette", source.Source{Kind: doc, Entity: text,
			Descriptor: "a draft report reviewed by the Harbour Gazette"}},
		{"a complaint filed Tuesday in Harrow County Superior Court", source.Source{Kind: doc, Entity: text,
			Descriptor: "a complaint filed Tuesday in Harrow County Superior Court"}},
		{"Fenwick's draft budget", source.Source{Kind: doc, Entity: text, Descriptor: "Fenwick's draft budget"}},
		{"A draft lease agreement obtained by the Stellbrook Sentinel", source.Source{Kind: doc, Entity: text,
			Descriptor: "A draft lease agreement obtained by the Stellbrook Sentinel"}},
		{"the inspector general's report", source.Source{Kind: doc, Entity: text,
			Descriptor: "the inspector general's report"}},
		{"emails obtained by the Sentinel", source.Source{Kind: doc, Entity: text,
			Descriptor: "emails obtained by the Sentinel"}},
		{"a letter to shareholders", source.Source{Kind: doc, Entity: text, Descriptor: "a letter to shareholders"}},
	}
}

// TestParse compares Parse's record of every phrase of parseTests with the
// one wanted.
func TestParse(t *testing.T) {
	tests := parseTests()
	if len(tests) < 80 {
		t.Errorf("%d phrases in parseTests; the issue asks for at least 80", len(tests))
	}
	for _, tc := range tests {
		t.Run(tc.phrase, func(t *testing.T) {
			got := source.Parse(tc.phrase)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tc.phrase, diff)
			}
		})
	}
}

// BenchmarkParse parses every phrase of parseTests once an iteration,
// as the extractor would with an empty phrase cache.
func BenchmarkParse(b *testing.B) {
	var phrases []string
	for _, tc := range parseTests() {
		phrases = append(phrases, tc.phrase)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range phrases {
			source.Parse(p)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(phrases)), "ns/phrase")
}

// FuzzParse checks that Parse takes any text without panicking and that
// every text field it fills is a piece of the phrase; and that IsPronoun
// and Noun take any text too.
func FuzzParse(f *testing.F) {
	for _, tc := range parseTests() {
		f.Add(tc.phrase)
	}
	f.Add("two of\xff the people (D-")
	f.Add("İstanbul officials who asked not")
	f.Fuzz(func(t *testing.T, phrase string) {
		s := source.Parse(phrase)
		fields := map[string]string{"Name": s.Name, "Title": s.Title, "Descriptor": s.Descriptor,
			"Basis": s.Basis, "Anonymity": s.Anonymity}
		if s.CloseTo != nil {
			fields["CloseTo.Name"], fields["CloseTo.Title"] = s.CloseTo.Name, s.CloseTo.Title
			if s.CloseTo.Kind != source.Named {
				t.Errorf("Parse(%q).CloseTo is %s, not named", phrase, s.CloseTo.Kind)
			}
		}
		for field, v := range fields {
			if !strings.Contains(phrase, v) {
				t.Errorf("Parse(%q).%s = %q, not in the phrase", phrase, field, v)
			}
		}
		if s.PartOf != nil || s.Mentions != nil || s.ID != "" || s.NoResponse {
			t.Errorf("Parse(%q) = %+v: PartOf, Mentions, ID and NoResponse are the extractor's", phrase, s)
		}
		_ = s.String() // never panics
		_ = source.IsPronoun(phrase)
		_ = source.Noun(phrase).String()
	})
}
