package attribution

// Constructions names, for each claim of doc, the construction that read
// it, as the construction fixtures name it.
func Constructions(doc *Document) []string {
	names := constructionNames()
	out := make([]string, len(doc.constructions))
	for i, k := range doc.constructions {
		out[i] = names[k]
	}
	return out
}

// constructionNames are the names of the constructions, indexed by how:
// "" first, then those of verbs (guards too) and the others.
func constructionNames() []string {
	names := make([]string, 0, howEnd)
	names = append(names, "")
	for _, t := range [][]construction{beforeSubject[:], afterSubject[:]} {
		for _, c := range t {
			names = append(names, c.name)
		}
	}
	return append(names, otherConstructions[:]...)
}

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

// ReferenceJSON is the JSON form of doc as encoding/json wrote it by
// reflection before AppendJSON (see referenceJSON): json.Marshal with
// opts.ID, or json.MarshalIndent with prefix "" when opts.Indent is set.
func ReferenceJSON(doc *Document, opts JSONOptions) ([]byte, error) {
	return referenceJSON(doc, opts.ID, opts.Indent)
}
