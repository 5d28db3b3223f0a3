// Records what the null sink plays and measures it with sox (shared with the smoke suite's Firefox run).
export { recordRms } from '../../../scripts/audio-sink.js';
