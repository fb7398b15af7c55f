comment on {kind} {target} is {text}
