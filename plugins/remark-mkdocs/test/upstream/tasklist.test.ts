import {describeUpstream} from './run-upstream';

describeUpstream('tasklist');
