/** The analysis views read the one shared choice of the window (analysis-choice-context). */
export { useAnalysisChoice, type AnalysisChoice } from './analysis-choice-context';
