import {describeUpstream} from './run-upstream';

describeUpstream('tables');
