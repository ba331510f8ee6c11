function main( {
  console.log(1);
}
