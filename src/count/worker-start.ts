// The worker's first module: configuring its isolate has just put V8's young-generation growth
// back to the default (io/engine-settings), so it is set again before any other module loads.
import { forLargeInput } from '../io/engine-settings.js';

forLargeInput();
