// The dom project's tests render whole screens (the app on the mocks) on a machine whose two cores run other
// suites at the same time: a screen that answers in 100 ms alone took over a second under that load, past
// Testing Library's default 1 s for `findBy…` and `waitFor` (the shell's and the organisation dialog's tests
// failed that way in full runs). A wait that still fails after 5 s is a real failure.
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5000 });
