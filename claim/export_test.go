package claim

// Hooks for fit_test.go, which fits calibration.txt.

// NCues is how many weights a calibration has.
const NCues = nCues

// CalibrationNames are the names of the cues in calibration.txt.
var CalibrationNames = calibrationNames

// FitCues returns a function that gives the cues of two claims of text,
// read as one article, before calibration: the vector the model reads,
// whether the model scores the pair (see pairCues.calibrates), and the
// reasons' weight.
func FitCues(text string, claims []*Claim) func(a, b *Claim) (x [NCues]float64, content bool, raw float64) {
	art := readArticle(text, claims, true)
	s := &Scorer{uncalibrated: true}
	return func(a, b *Claim) (x [NCues]float64, content bool, raw float64) {
		i, j := art.at[a], art.at[b]
		if i > j {
			i, j = j, i
		}
		c := s.weigh(art, art.fs[i], art.fs[j], i, j, true, true)
		if c == nil {
			return x, false, 0
		}
		defer c.release()
		p := c.cues()
		return p.vector(), p.calibrates(), p.raw
	}
}

// SetCalibration makes w the calibration that articles are scored by,
// and returns a function that restores the embedded one.
func SetCalibration(w [NCues]float64) (restore func()) {
	old := calibrated
	cw := calibration(w)
	calibrated = func() *calibration { return &cw }
	return func() { calibrated = old }
}

// ParseCalibration is parseCalibration, for the weights it returns.
func ParseCalibration(s string) ([NCues]float64, error) {
	w, err := parseCalibration(s)
	if err != nil {
		return [NCues]float64{}, err
	}
	return *w, nil
}

// NewUncalibratedScorer returns a default Scorer that weighs the reasons
// alone in an article too.
func NewUncalibratedScorer() *Scorer { return &Scorer{uncalibrated: true} }
