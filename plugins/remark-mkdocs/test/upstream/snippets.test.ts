import {describeUpstream} from './run-upstream';

// The whole pipeline against the oracle's pymdownx 9.5; what 9.5 cannot do is listed in deviations.json.
describeUpstream('snippets');
