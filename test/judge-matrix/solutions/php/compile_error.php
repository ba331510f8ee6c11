<?php
function main() {
    echo 1
}
