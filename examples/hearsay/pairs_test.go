package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestRunPairs(t *testing.T) {
	in := `{"id": "p1", "a": "A woman is eating a cupcake", "b": "A woman is not eating a cupcake"}` + "\n" +
		`{"id": 7, "a": "Oil prices rose on Tuesday.", "b": "The mayor opened a bridge."}` + "\n" +
		"\n" +
		`{"id": "p3", "a": "Macaulay Culkin is dead", "b": "Macaulay Culkin Dead? Another Death Hoax Circulates On Facebook"}` + "\n"
	var out bytes.Buffer
	if err := runPairs(nil, strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3:\n%s", len(lines), out.String())
	}
	type result struct {
		ID          json.RawMessage `json:"id"`
		Score       *float64        `json:"score"`
		Contradicts *bool           `json:"contradicts"`
		Reasons     []struct{ Kind, Detail string }
	}
	want := []struct {
		id          string
		contradicts bool
		kind        string
	}{{`"p1"`, true, "negation"}, {`7`, false, ""}, {`"p3"`, true, "refutation"}}
	for i, line := range lines {
		var r result
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		if r.Score == nil || r.Contradicts == nil {
			t.Fatalf("line %d lacks score or contradicts: %s", i+1, line)
		}
		w := want[i]
		if string(r.ID) != w.id || *r.Contradicts != w.contradicts {
			t.Errorf("line %d: %s; want id %s, contradicts %v", i+1, line, w.id, w.contradicts)
		}
		if w.kind != "" && (len(r.Reasons) == 0 || r.Reasons[0].Kind != w.kind) {
			t.Errorf("line %d: reasons %+v, want %s first", i+1, r.Reasons, w.kind)
		}
	}
}

func TestRunPairsBad(t *testing.T) {
	var out bytes.Buffer
	err := runPairs(nil, strings.NewReader(`{"id": 1, "a": "x", "b": "y"}`+"\n"+`{"a": `), &out)
	if err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("err = %v; want one naming line 2", err)
	}
}
