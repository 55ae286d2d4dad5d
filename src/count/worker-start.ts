// The worker's first module: configuring its isolate has just put V8's young-generation growth
// back to the default (io/young-generation), so it is set again before any other module loads.
import { keepYoungGenerationSmall } from '../io/young-generation.js';

keepYoungGenerationSmall();
