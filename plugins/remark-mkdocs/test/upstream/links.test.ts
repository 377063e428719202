import {describeUpstream} from './run-upstream';

describeUpstream('links');
