package attribution

import (
	"reflect"
	"testing"
)

// TestParserReset checks that a parser given back to the pool after a
// call holds nothing of it: every field zero, but for slices emptied and
// maps cleared, whose memory it keeps. A field added to parser or registry
// and left out of reset fails here.
func TestParserReset(t *testing.T) {
	text := "“We’re not there yet,” one official said. “But we’re close.” " +
		"The mayor, who spoke on condition of anonymity, said the talks had stalled, according to two people familiar with them."
	e := New(Options{})
	sc := getScratch()
	doc := &Document{read: new(reading)}
	doc.Text = text
	sc.parser(e, text, doc).run()
	if len(doc.Claims) == 0 {
		t.Fatal("no claims: the test reads nothing")
	}
	sc.release()
	checkEmpty(t, "parser", reflect.ValueOf(sc.p))
	putScratch(sc)
}

// checkEmpty reports a field of v, a struct, that is not zero, but for a
// slice of length 0, a map of no entries, and an array or a struct that is
// empty so.
func checkEmpty(t *testing.T, path string, v reflect.Value) {
	t.Helper()
	switch v.Kind() {
	case reflect.Slice, reflect.Map:
		if v.Len() != 0 {
			t.Errorf("%s: %d elements left", path, v.Len())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			checkEmpty(t, path+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Array:
		for i := range v.Len() {
			checkEmpty(t, path+"[]", v.Index(i))
		}
	default:
		if !v.IsZero() {
			t.Errorf("%s: not zero after the call", path)
		}
	}
}
