import {describeUpstream} from './run-upstream';

describeUpstream('critic');
