package attribution

// Constructions names, for each claim of doc, the construction that read
// it, as the construction fixtures name it.
func Constructions(doc *Document) []string { return doc.constructions }

// ConstructionNames lists the names of the constructions that read
// claims, as the fixtures are named: those of verbs, and the others
// (according to, adjectives, punctuation) that the sentence loop names.
func ConstructionNames() []string {
	var out []string
	for _, t := range [][]construction{beforeSubject[:], afterSubject[:]} {
		for _, c := range t {
			if !c.guard {
				out = append(out, c.name)
			}
		}
	}
	return append(out, otherConstructions[:]...)
}
