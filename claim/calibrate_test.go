package claim_test

import (
	"strings"
	"testing"

	"github.com/hearsay-go/hearsay/claim"
)

func TestParseCalibration(t *testing.T) {
	good := "# a comment\nintercept 0.1\nraw 0.5\none-source -0.4\nargues 0.4\nsides 1\n"
	w, err := claim.ParseCalibration(good)
	if err != nil {
		t.Fatalf("ParseCalibration(good): %v", err)
	}
	if w != [claim.NCues]float64{0.1, 0.5, -0.4, 0.4, 1} {
		t.Errorf("ParseCalibration(good) = %v", w)
	}
	for _, tc := range []struct{ name, text, want string }{
		{"unknown cue", good + "weather 1\n", "want one of"},
		{"no weight", strings.Replace(good, "raw 0.5", "raw", 1), "want one of"},
		{"not a number", strings.Replace(good, "raw 0.5", "raw high", 1), "not a number"},
		{"NaN", strings.Replace(good, "raw 0.5", "raw NaN", 1), "not a number"},
		{"twice", good + "raw 0.6\n", "a second weight"},
		{"missing", strings.Replace(good, "sides 1\n", "", 1), "no weight for sides"},
		{"empty", "", "no weight for intercept"},
	} {
		if _, err := claim.ParseCalibration(tc.text); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: ParseCalibration = %v, want an error with %q", tc.name, err, tc.want)
		}
	}
}
