/** Amazon Resource Names and the partitions (aws, aws-cn, aws-us-gov) they belong to. */
package io.iamkit.arn;
