<?php
$data = stream_get_contents(STDIN);
throw new InvalidArgumentException('boom ' . strlen($data));
