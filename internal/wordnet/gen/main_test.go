package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/wordnet.golden")

// TestGolden runs the generator on testdata/dict, a WordNet in miniature
// written by hand in the database's format (with its licence header), and
// compares the output with testdata/wordnet.golden.
func TestGolden(t *testing.T) {
	d, err := load(filepath.Join("testdata", "dict"))
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	d.write(&got, "go run ./gen -dict testdata/dict")
	golden := filepath.Join("testdata", "wordnet.golden")
	if *update {
		if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), got.String()); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", golden, diff)
	}

	// The same input gives the same bytes.
	d2, err := load(filepath.Join("testdata", "dict"))
	if err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	d2.write(&again, "go run ./gen -dict testdata/dict")
	if !bytes.Equal(got.Bytes(), again.Bytes()) {
		t.Error("two runs wrote different bytes")
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := load(t.TempDir()); err == nil {
		t.Error("load of an empty directory returned no error")
	}
}

func TestCheck(t *testing.T) {
	d, err := load(filepath.Join("testdata", "dict"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []namedSynset{
		{key{'n', 2913152}, "edifice"}, // not its first word
		{key{'n', 1234567}, "building"},
	} {
		if err := d.check([]namedSynset{s}); err == nil {
			t.Errorf("check(%v) returned no error", s)
		}
	}
	if err := d.check(kinds[0]); err != nil {
		t.Error(err)
	}
}

func TestSimple(t *testing.T) {
	for w, want := range map[string]bool{
		"dog": true, "o'clock": true, "well-being": true,
		"": false, "Dog": false, "domestic_dog": false, "-ism": false, "b-": false, ".22": false, "3d": false,
	} {
		if got := simple(w); got != want {
			t.Errorf("simple(%q) = %v, want %v", w, got, want)
		}
	}
}
