select source_uri, reason, detail, n_bytes, modified_ns from source_refusals where source = $source
